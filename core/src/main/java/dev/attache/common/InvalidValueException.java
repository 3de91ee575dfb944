package dev.attache.common;

import dev.attache.internal.Texts;
import java.util.Objects;

/**
 * Thrown when a value would break an invariant that no value of its type may break: a month 13,
 * a period that ends before it starts, an unknown country code, a malformed id, a blank name.
 *
 * <p>It is an {@link IllegalArgumentException}, as in {@code java.time}; the message names the
 * field and quotes the bad value, and {@link #getCode()} gives the same stable code that a
 * {@link dev.attache.validation.Problem} carries, so a decoder can report it without parsing text.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The stable machine code of the broken invariant, such as {@code date.invalid}. */
  private final String code;

  /**
   * An exception with a code and a message.
   *
   * @param code the stable machine code of the broken invariant, such as {@code date.invalid},
   *     not null
   * @param message the message, naming the field and quoting the bad value with {@link #quote},
   *     not null
   */
  public InvalidValueException(String code, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * The refusal of a builder whose required attributes are not all set (code
   * {@code attributes.missing}), as the generated builders throw it: {@code Cannot build
   * Agreement: the required attributes id, title are not set}. Not for other uses.
   *
   * @param message the builder's own message, which names the type and the attributes, not null
   */
  public InvalidValueException(String message) {
    this("attributes.missing", reword(Objects.requireNonNull(message, "message")));
  }

  /** Immutables says "Cannot build X, some of required attributes are not set [a, b]". */
  private static String reword(String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "Cannot build (\\w+), some of required attributes are not set \\[(.*)]").matcher(message);
    return m.matches() ? "Cannot build " + m.group(1) + ": the required attributes " + m.group(2)
        + " are not set" : message;
  }

  /**
   * The stable machine code of the broken invariant, for example {@code date.invalid}.
   *
   * @return the code, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Quotes a user value for a message, cut short so that a huge input is never echoed whole.
   *
   * @param value the user value; null is quoted as {@code 'null'}
   * @return the value made printable and cut short ({@link Texts#abbreviate}), in single quotes
   */
  public static String quote(CharSequence value) {
    return "'" + Texts.abbreviate(value) + "'";
  }
}
