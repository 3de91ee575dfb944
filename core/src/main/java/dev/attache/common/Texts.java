package dev.attache.common;

/** Small text helpers shared by messages and problems. */
public final class Texts {
  /** The longest excerpt of a user value that a message or problem ever quotes. */
  public static final int EXCERPT_LENGTH = 80;

  private Texts() {}

  /** The value cut to at most {@value #EXCERPT_LENGTH} characters, the last being '…' when cut. */
  public static String abbreviate(CharSequence value) {
    if (value == null) {
      return "null";
    }
    if (value.length() <= EXCERPT_LENGTH) {
      return value.toString();
    }
    int end = EXCERPT_LENGTH - 1;
    // never split a surrogate pair: a half pair is not text
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.subSequence(0, end) + "…";
  }

  /**
   * True if the text shows nothing: every code point is white space, a space separator (such as
   * the no-break space, which {@link String#isBlank()} misses) or an invisible format character.
   */
  public static boolean isBlank(CharSequence value) {
    return value.codePoints()
        .allMatch(c -> Character.isWhitespace(c)
            || Character.isSpaceChar(c)
            || Character.getType(c) == Character.FORMAT);
  }
}
