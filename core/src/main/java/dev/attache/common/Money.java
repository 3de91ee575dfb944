package dev.attache.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A decimal amount of an ISO 4217 currency: {@code 1500000.00 USD}.
 *
 * <p>The amount keeps its scale, so {@code 10.50 USD} and {@code 10.5 USD} are different values,
 * as with {@link BigDecimal#equals}; compare amounts with {@link #isSameAmount}. An amount may be
 * negative in general; where it is the value of a contract a {@code @NonNegative} constraint says
 * it may not. Invariants: a currency the JDK knows, at most {@value #MAX_DIGITS} digits.
 *
 * <p>Text form: the plain amount, a space, the currency code.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Money implements WithMoney {
  /** The most digits an amount may have, so no input can make an unbounded number. */
  public static final int MAX_DIGITS = Decimals.MAX_DIGITS;

  Money() {}

  /**
   * The amount, with the scale it was given.
   *
   * @return the amount, at most {@value #MAX_DIGITS} digits with no negative scale
   */
  @Value.Parameter
  public abstract BigDecimal getAmount();

  /**
   * The currency.
   *
   * @return the ISO 4217 currency
   */
  @Value.Parameter
  public abstract Currency getCurrency();

  /**
   * An amount of a currency.
   *
   * @param amount the amount, not null
   * @param currency the currency, not null
   * @return the money
   * @throws InvalidValueException {@code money.amount} if the amount has more than
   *     {@value #MAX_DIGITS} digits or a negative scale
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.create(amount, currency);
  }

  /**
   * An amount and a currency code: {@code Money.of("1500000.00", "USD")}.
   *
   * @param amount the plain decimal amount ({@link #parseAmount}), not null
   * @param currencyCode the ISO 4217 code in upper case, not null
   * @return the money
   * @throws InvalidValueException {@code money.amount} if the amount is not a plain decimal number
   *     of at most {@value #MAX_DIGITS} digits, {@code money.currency} if the JDK does not know
   *     the currency
   */
  public static Money of(String amount, String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  /**
   * Parses {@code "<amount> <currency>"}: {@code 1500000.00 USD}.
   *
   * @param text the text form, not null
   * @return the money
   * @throws InvalidValueException {@code money.malformed} unless the text has exactly one space,
   *     else as {@link #of(String, String)}
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    int space = value.indexOf(' ');
    if (space < 0 || value.indexOf(' ', space + 1) >= 0) {
      throw new InvalidValueException("money.malformed",
          "Invalid money " + InvalidValueException.quote(value)
              + ": expected an amount, one space and an ISO 4217 currency code");
    }
    return of(value.substring(0, space), value.substring(space + 1));
  }

  /**
   * Parses a plain decimal amount, refusing exponents, signs other than '-' and huge numbers.
   *
   * @param text the amount, such as {@code 1500000.00}, not null
   * @return the amount, with the scale as written
   * @throws InvalidValueException {@code money.amount} if the text is not a plain decimal number
   *     ({@link Decimals#parse})
   */
  public static BigDecimal parseAmount(CharSequence text) {
    try {
      return Decimals.parse(text);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("money.amount",
          "Invalid amount " + InvalidValueException.quote(text)
              + ": expected a plain decimal number such as 1500000.00");
    }
  }

  /**
   * The currency of an ISO 4217 code.
   *
   * @param code the three-letter code in upper case, such as {@code USD}, not null
   * @return the currency
   * @throws InvalidValueException {@code money.currency} if the JDK does not know it
   */
  public static Currency parseCurrency(CharSequence code) {
    return currency(code.toString());
  }

  static Currency currency(String code) {
    Objects.requireNonNull(code, "currency");
    try {
      if (code.length() == 3) {
        return Currency.getInstance(code);
      }
    } catch (IllegalArgumentException e) {
      // reported below, with our code and the quoted value
    }
    throw new InvalidValueException("money.currency",
        "Invalid currency " + InvalidValueException.quote(code)
            + ": not an ISO 4217 code known to the JDK");
  }

  @Value.Check
  void check() {
    if (!Decimals.isBounded(getAmount())) {
      throw new InvalidValueException("money.amount",
          "Invalid amount " + InvalidValueException.quote(Decimals.describe(getAmount()))
              + ": at most " + MAX_DIGITS + " digits and no negative scale");
    }
  }

  /**
   * True if the amount is zero or more.
   *
   * @return true if the amount is not negative
   */
  public boolean isNonNegative() {
    return getAmount().signum() >= 0;
  }

  /**
   * True if both are of one currency and the amounts are numerically equal (10.5 = 10.50).
   *
   * @param other the money to compare with, not null
   * @return true if the currencies are equal and the amounts compare equal, whatever their scale
   */
  public boolean isSameAmount(Money other) {
    return getCurrency().equals(other.getCurrency())
        && getAmount().compareTo(other.getAmount()) == 0;
  }

  /**
   * The text form, which {@link #parse} reads back.
   *
   * @return the plain amount, a space and the currency code: {@code 1500000.00 USD}
   */
  @Override
  public String toString() {
    return getAmount().toPlainString() + " " + getCurrency().getCurrencyCode();
  }
}
