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
 */
@Value.Immutable
public abstract class Money implements WithMoney {
  /** The most digits an amount may have, so no input can make an unbounded number. */
  public static final int MAX_DIGITS = Decimals.MAX_DIGITS;

  Money() {}

  @Value.Parameter
  public abstract BigDecimal getAmount();

  @Value.Parameter
  public abstract Currency getCurrency();

  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.create(amount, currency);
  }

  /** An amount and a currency code: {@code Money.of("1500000.00", "USD")}. */
  public static Money of(String amount, String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  /** Parses {@code "<amount> <currency>"}: {@code 1500000.00 USD}. */
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
   * @throws InvalidValueException {@code money.amount}
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

  /** True if the amount is zero or more. */
  public boolean isNonNegative() {
    return getAmount().signum() >= 0;
  }

  /** True if both are of one currency and the amounts are numerically equal (10.5 = 10.50). */
  public boolean isSameAmount(Money other) {
    return getCurrency().equals(other.getCurrency())
        && getAmount().compareTo(other.getAmount()) == 0;
  }

  @Override
  public String toString() {
    return getAmount().toPlainString() + " " + getCurrency().getCurrencyCode();
  }
}
