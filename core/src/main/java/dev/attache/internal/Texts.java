package dev.attache.internal;

/** Small text helpers shared by messages and problems. */
public final class Texts {
  /** The longest excerpt of a user value that a message or problem ever quotes. */
  public static final int EXCERPT_LENGTH = 80;

  private Texts() {}

  /**
   * The value made printable ({@link #printable}) and cut to at most {@value #EXCERPT_LENGTH}
   * characters, the last being '…' when cut: what a message or a problem may quote of user input.
   * A cut never splits a surrogate pair or an escape, so the excerpt may be a little shorter.
   *
   * @param text the value; null gives {@code "null"}
   * @return the printable excerpt
   */
  public static String abbreviate(CharSequence text) {
    if (text == null) {
      return "null";
    }
    // only the head is ever shown: a huge value is neither copied nor scanned whole
    boolean longer = text.length() > EXCERPT_LENGTH;
    String value = printable(longer ? text.subSequence(0, EXCERPT_LENGTH) : text);
    if (!longer && value.length() <= EXCERPT_LENGTH) {
      return value;
    }
    int end = EXCERPT_LENGTH - 1;
    // never split a surrogate pair (half a pair is not text), nor an escape (half of one lies)
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    int escape = value.lastIndexOf("\\u", end - 1);
    if (escape >= 0 && escape + 6 > end && isEscape(value, escape)) {
      end = escape;
    }
    return value.subSequence(0, end) + "…";
  }

  /** True if an escape written by {@link #printable} starts at {@code at}. */
  private static boolean isEscape(String value, int at) {
    if (at + 6 > value.length()) {
      return true; // cut short already: treat as an escape, and cut before it
    }
    for (int i = at + 2; i < at + 6; i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of the first character that has no place in a text of the model, or -1: an
   * unpaired surrogate (half of a character, which no encoder can write), or a control character
   * other than tab, line feed and carriage return ({@code lineBreaks}) — none at all when
   * {@code lineBreaks} is false.
   *
   * @param text the text, not null
   * @param lineBreaks true to allow tab, line feed and carriage return
   * @return the index of the first such character, or -1 if there is none
   */
  public static int firstIllegal(CharSequence text, boolean lineBreaks) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // printable ASCII, and everything from U+00A0 up to the surrogates: one test for most
      if (c >= ' ' && c < '\u007f' || c > '\u009f' && c < '\ud800') {
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
      if (Character.isISOControl(c)
          && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True if a character must never reach a line of output as it is: a control character, half of
   * a surrogate pair (checked by the caller), a line or paragraph separator (U+2028, U+2029: line
   * breaks for many readers) or an invisible bidirectional control (U+061C, U+200E, U+200F,
   * U+202A–U+202E, U+2066–U+2069), which reorders what follows it on the screen.
   */
  private static boolean breaksOutput(char c) {
    return Character.isISOControl(c)
        || c == '\u2028' || c == '\u2029'
        || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069'
        || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }

  /**
   * The index of the first character that {@link #printable} would escape, or -1.
   *
   * @param text the text, not null
   * @return the index of the first such character, or -1 if the text is printable as it is
   */
  public static int firstUnprintable(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c) || breaksOutput(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text as one safe line: every control character, unpaired surrogate, line or paragraph
   * separator and bidirectional control written as a JSON-style backslash-u escape, so that
   * quoting user input never breaks or reorders a line of output, nor trips an encoder.
   *
   * @param text the text, not null
   * @return the text with those characters escaped as four upper-case hex digits after the
   *     backslash-u; the text itself, as a string, when it has none
   */
  public static String printable(CharSequence text) {
    int first = firstUnprintable(text);
    if (first < 0) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c) || breaksOutput(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A character for a message: {@code U+D800}.
   *
   * @param c the character
   * @return {@code U+} and the character's four upper-case hex digits
   */
  public static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }

  /**
   * True if the text shows nothing: every code point is white space, a space separator (such as
   * the no-break space, which {@link String#isBlank()} misses) or an invisible format character.
   *
   * @param value the text, not null
   * @return true if the text is blank; true for the empty text
   */
  public static boolean isBlank(CharSequence value) {
    // a loop, not codePoints(): this runs on every text decoded, and a stream allocates
    for (int i = 0; i < value.length(); ) {
      int c = Character.codePointAt(value, i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
