package dev.attache.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyAndQuantityTest {

  @ParameterizedTest
  @ValueSource(strings = {"1500000.00 USD", "0 TMT", "-12.5 RUB", "10.50 EUR"})
  void moneyParseAndToStringRoundTrip(String text) {
    assertThat(Money.parse(text)).hasToString(text);
  }

  @Test
  void moneyKeepsTheScaleButComparesAmounts() {
    Money a = Money.of("10.5", "USD");
    Money b = Money.of("10.50", "USD");
    assertThat(a).isNotEqualTo(b);
    assertThat(a.isSameAmount(b)).isTrue();
    assertThat(a.getCurrency()).isEqualTo(Currency.getInstance("USD"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12 XYZ", "12 usd", "12 US", "12 EURO"})
  void anUnknownCurrencyIsRefusedWithTheCodeQuoted(String text) {
    String code = text.substring(3);
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + code + "'")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("money.currency"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e5 USD", "+5 USD", "5. USD", ".5 USD", "1,000 USD", "NaN USD", "USD",
      "5  USD", "0x10 USD"})
  void aMalformedAmountIsRefused(String text) {
    assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void hugeAmountsAreRefusedNotComputed() {
    assertThatThrownBy(() -> Money.parse("9".repeat(10_000) + " USD"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+100000"), Currency.getInstance("USD")))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"75", "~300", ">=10", ">20000", "2.5", "0"})
  void quantityParseAndToStringRoundTrip(String text) {
    assertThat(Quantity.parse(text)).hasToString(text);
  }

  @Test
  void overTwentyThousandIsMoreThan() {
    Quantity companies = Quantity.parse(">20000");
    assertThat(companies.getComparator()).isEqualTo(QuantityComparator.MORE_THAN);
    assertThat(companies.getValue()).isEqualByComparingTo("20000");
    assertThat(companies).isEqualTo(Quantity.of(QuantityComparator.MORE_THAN, 20000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ">", "~", "<5", "=5", "five", ">>5", "1e3"})
  void aMalformedQuantityIsRefusedWithTheTextQuoted(String text) {
    assertThatThrownBy(() -> Quantity.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + text + "'")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("quantity.malformed"));
  }

  @Test
  void anAmountWithAHugeExponentIsRefusedAtOnceAndQuotedInScientificForm() {
    Currency usd = Currency.getInstance("USD");
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
        () -> {
          for (String huge : List.of("1e2147483647", "1e999999999", "-1e-2147483647")) {
            assertThatThrownBy(() -> Money.of(new BigDecimal(huge), usd))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(new BigDecimal(huge).toString())
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
            assertThatThrownBy(() -> Quantity.of(QuantityComparator.EXACT, new BigDecimal(huge)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(new BigDecimal(huge).toString());
          }
          // a value of a million digits is described by its size, never printed
          BigDecimal million = new BigDecimal(java.math.BigInteger.TEN.pow(1_000_000));
          assertThatThrownBy(() -> Money.of(million, usd))
              .isInstanceOf(InvalidValueException.class)
              .hasMessageContaining("digits");
        });
  }
}
