package dev.attache.common;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Plain decimal numbers as text: {@code 1500000.00}, {@code -12.5}, {@code 0}. No exponent, no
 * leading {@code +} or {@code .}, no trailing {@code .}, at most {@value #MAX_DIGITS} digits, so
 * that no input can make a number of unbounded size or cost.
 */
public final class Decimals {
  /** The most digits a number may have. */
  public static final int MAX_DIGITS = 30;

  private Decimals() {}

  /**
   * Parses a plain decimal.
   *
   * <p>The length is checked first: at most {@code MAX_DIGITS + 2} characters, room for the
   * digits, a sign and a point. A number without sign or point may thus have up to two digits more
   * than {@value #MAX_DIGITS}; {@link #isBounded} checks the exact count.
   *
   * @param text the text, such as {@code 1500000.00}, not null
   * @return the number, with the scale as written ({@code 1500000.00} has scale 2)
   * @throws InvalidValueException {@code decimal.malformed} if the text is empty, too long or not
   *     a plain decimal number
   */
  public static BigDecimal parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    if (value.isEmpty() || value.length() > MAX_DIGITS + 2 || !isPlain(value)) {
      throw new InvalidValueException("decimal.malformed",
          "Invalid number " + InvalidValueException.quote(value)
              + ": expected a plain decimal number such as 1500000.00");
    }
    return new BigDecimal(value);
  }

  /**
   * True if the number has at most {@value #MAX_DIGITS} digits and no negative scale. Cheap for
   * any value: the scale and the bit length are looked at before the digits are counted.
   *
   * @param value the number, not null
   * @return true if the number is within the bounds
   */
  public static boolean isBounded(BigDecimal value) {
    return value.scale() >= 0 && value.scale() <= MAX_DIGITS
        && value.unscaledValue().bitLength() <= MAX_BITS && value.precision() <= MAX_DIGITS;
  }

  /** Enough bits for every number of {@value #MAX_DIGITS} digits, and a few more. */
  private static final int MAX_BITS = 110;

  /**
   * A short text of any number, for a message: its scientific form ({@code 1E+2147483647}) when
   * that is short, else its size. Never the plain form, which for {@code 1e999999999} would be a
   * billion characters.
   *
   * @param value the number, of any size, not null
   * @return the scientific form, or a text such as {@code a number of about 2000 digits, scale 0}
   */
  public static String describe(BigDecimal value) {
    if (value.unscaledValue().bitLength() <= 1024) {
      return value.toString();
    }
    long digits = (long) (value.unscaledValue().bitLength() * Math.log10(2)) + 1;
    return "a number of about " + digits + " digits, scale " + value.scale();
  }

  private static boolean isPlain(String text) {
    int i = text.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point && digits > 0) {
        point = true;
      } else {
        return false;
      }
    }
    return digits > 0 && digits <= MAX_DIGITS && text.charAt(text.length() - 1) != '.';
  }
}
