package dev.attache.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.internal.Texts;
import dev.attache.model.Organization;
import dev.attache.model.Party;
import dev.attache.model.Ref;
import org.junit.jupiter.api.Test;

class PlaceAndPartyTest {

  @Test
  void aPlaceIsACountryALocalityOrBoth() {
    assertThat(Place.of(CountryCode.of("TM"), "Ashgabat")).hasToString("Ashgabat, TM");
    assertThat(Place.of(CountryCode.of("TM"))).hasToString("TM");
    assertThat(Place.builder().locality("Kazan").build()).hasToString("Kazan");
  }

  @Test
  void anEmptyOrBlankPlaceIsRefused() {
    assertThatThrownBy(() -> Place.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("place.empty"));
    assertThatThrownBy(() -> Place.of(CountryCode.of("TM"), " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("' '");
  }

  @Test
  void aPartyIsAStateOrAnOrganizationBothWays() {
    assertThat(Party.parse("RU")).isEqualTo(Party.state("RU"));
    assertThat(Party.parse("RU").isState()).isTrue();
    Party undp = Party.parse("org:undp");
    assertThat(undp.getOrganization()).hasValue(Ref.of(Organization.class, "undp"));
    assertThat(undp).hasToString("org:undp");
    assertThatThrownBy(() -> Party.parse("person:x")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Party.parse("XX")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void quotedUserInputIsPrintable() {
    assertThat(Texts.printable("a\nb\u0000c\uD800")).isEqualTo("a\\u000Ab\\u0000c\\uD800");
    assertThat(Texts.printable("plain 😀")).isEqualTo("plain 😀");
    assertThat(Texts.firstIllegal("ok\tline", true)).isEqualTo(-1);
    assertThat(Texts.firstIllegal("ok\tline", false)).isEqualTo(2);
    assertThatThrownBy(() -> CountryCode.of("X\nY")).hasMessageContaining("'X\\u000AY'");
  }

  @Test
  void texts() {
    assertThat(Texts.abbreviate("x".repeat(81))).hasSize(80).endsWith("…");
    assertThat(Texts.abbreviate("x".repeat(80))).hasSize(80).doesNotContain("…");
    String pairs = "😀".repeat(50);
    assertThat(Texts.abbreviate(pairs).codePoints().allMatch(c -> c == 0x1F600 || c == '…')).isTrue();
  }
}
