package dev.attache.common;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A number with how it relates to the truth: {@code >20000} for "over 20,000 companies",
 * {@code 75} for "75 specialists", {@code ~300} for "about 300".
 *
 * <p>Text form: the comparator's symbol ({@link QuantityComparator#getSymbol()}) and the plain
 * number. Invariant: at most {@value Money#MAX_DIGITS} digits.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Quantity implements WithQuantity {
  Quantity() {}

  /**
   * How the number relates to the truth.
   *
   * @return the comparator, {@code EXACT} for an exact number
   */
  @Value.Parameter
  public abstract QuantityComparator getComparator();

  /**
   * The number, with the scale it was given.
   *
   * @return the number, at most {@value Money#MAX_DIGITS} digits with no negative scale
   */
  @Value.Parameter
  public abstract BigDecimal getValue();

  /**
   * Exactly {@code value}.
   *
   * @param value the number
   * @return the quantity, {@link QuantityComparator#EXACT}
   */
  public static Quantity of(long value) {
    return of(QuantityComparator.EXACT, value);
  }

  /**
   * A whole number with how it relates to the truth.
   *
   * @param comparator how the number relates to the truth, not null
   * @param value the number
   * @return the quantity
   */
  public static Quantity of(QuantityComparator comparator, long value) {
    return ImmutableQuantity.create(comparator, BigDecimal.valueOf(value));
  }

  /**
   * A decimal number with how it relates to the truth.
   *
   * @param comparator how the number relates to the truth, not null
   * @param value the number, not null
   * @return the quantity
   * @throws InvalidValueException {@code quantity.malformed} if the value has more than
   *     {@value Money#MAX_DIGITS} digits or a negative scale
   */
  public static Quantity of(QuantityComparator comparator, BigDecimal value) {
    return ImmutableQuantity.create(comparator, value);
  }

  /**
   * Parses {@code 75}, {@code ~300}, {@code >=10}, {@code >20000}, {@code 2.5}.
   *
   * @param text the text form: an optional symbol and a plain decimal number, not null
   * @return the quantity
   * @throws InvalidValueException {@code quantity.malformed} if the number is not a plain decimal
   *     ({@link Decimals#parse}) of at most {@value Money#MAX_DIGITS} digits
   */
  public static Quantity parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    QuantityComparator comparator = QuantityComparator.EXACT;
    for (QuantityComparator candidate : new QuantityComparator[] {
        QuantityComparator.AT_LEAST, QuantityComparator.MORE_THAN,
        QuantityComparator.APPROXIMATELY}) {
      if (value.startsWith(candidate.getSymbol())) {
        comparator = candidate;
        break;
      }
    }
    String number = value.substring(comparator.getSymbol().length());
    try {
      return of(comparator, Decimals.parse(number));
    } catch (InvalidValueException e) {
      throw new InvalidValueException("quantity.malformed",
          "Invalid quantity " + InvalidValueException.quote(value)
              + ": expected an optional ~, >= or > and a plain decimal number");
    }
  }

  @Value.Check
  void check() {
    if (!Decimals.isBounded(getValue())) {
      throw new InvalidValueException("quantity.malformed",
          "Invalid quantity " + InvalidValueException.quote(Decimals.describe(getValue()))
              + ": at most " + Money.MAX_DIGITS + " digits and no negative scale");
    }
  }

  /**
   * True if the number is zero or more.
   *
   * @return true if the number is not negative
   */
  public boolean isNonNegative() {
    return getValue().signum() >= 0;
  }

  /**
   * The text form, which {@link #parse} reads back.
   *
   * @return the comparator's symbol and the plain number: {@code >20000}, {@code 75}
   */
  @Override
  public String toString() {
    return getComparator().getSymbol() + getValue().toPlainString();
  }
}
