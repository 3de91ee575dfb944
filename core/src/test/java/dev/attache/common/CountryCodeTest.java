package dev.attache.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @Test
  void knownCodesParseAndPrintThemselves() {
    assertThat(CountryCode.parse("TM")).hasToString("TM").isSameAs(CountryCode.of("TM"));
    assertThat(CountryCode.of("ZA").getCode()).isEqualTo("ZA");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "tm", "TKM", "", "T", "EU", "UK", " TM"})
  void unknownCodesAreRefusedWithTheValueQuoted(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + code + "'")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("country.unknown"));
  }

  @Test
  void aKnownCodeInLowerCaseIsToldSo() {
    assertThatThrownBy(() -> CountryCode.of("tm")).hasMessageContaining("codes are upper case, 'TM'");
    assertThatThrownBy(() -> CountryCode.of("xx")).hasMessageContaining("not an ISO 3166-1");
  }

  @Test
  void displayNamesComeFromTheJdkInEnglishRussianAndTurkmen() {
    CountryCode tm = CountryCode.of("TM");
    assertThat(tm.getDisplayName(Locale.ENGLISH)).isEqualTo("Turkmenistan");
    // CLDR versions differ between JDKs (Туркмения, Туркменистан): assert the language, not the text
    assertThat(tm.getDisplayName(Locale.forLanguageTag("ru"))).startsWith("Туркмен");
    assertThat(tm.getDisplayName(Locale.forLanguageTag("tk"))).isEqualTo("Türkmenistan");
  }

  @Test
  void allListsEveryCountryOfTheJdk() {
    assertThat(CountryCode.all()).hasSize(Locale.getISOCountries().length)
        .contains(CountryCode.of("RU"), CountryCode.of("AR"));
  }

  @Test
  void theSetOfAllCountriesCannotBeChanged() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CountryCode.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(CountryCode.all()).hasSize(Locale.getISOCountries().length);
  }
}
