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
 */
@Value.Immutable
public abstract class Quantity implements WithQuantity {
  Quantity() {}

  @Value.Parameter
  public abstract QuantityComparator getComparator();

  @Value.Parameter
  public abstract BigDecimal getValue();

  /** Exactly {@code value}. */
  public static Quantity of(long value) {
    return of(QuantityComparator.EXACT, value);
  }

  public static Quantity of(QuantityComparator comparator, long value) {
    return ImmutableQuantity.create(comparator, BigDecimal.valueOf(value));
  }

  public static Quantity of(QuantityComparator comparator, BigDecimal value) {
    return ImmutableQuantity.create(comparator, value);
  }

  /** Parses {@code 75}, {@code ~300}, {@code >=10}, {@code >20000}, {@code 2.5}. */
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

  /** True if the number is zero or more. */
  public boolean isNonNegative() {
    return getValue().signum() >= 0;
  }

  @Override
  public String toString() {
    return getComparator().getSymbol() + getValue().toPlainString();
  }
}
