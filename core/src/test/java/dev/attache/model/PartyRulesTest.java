package dev.attache.model;

import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.common.CountryCode;
import dev.attache.common.Names;
import org.junit.jupiter.api.Test;

class PartyRulesTest {

  @Test
  void anOrganizationIsNotItsOwnParent() {
    Organization park = Examples.organization();
    assertThat(problems(park)).isEmpty();
    assertThat(problems(park.withParent(park.getId())))
        .containsExactly("/parent organization.parent.self");
  }

  @Test
  void anInternationalOrganizationHasNoCountry() {
    Organization undp = Examples.organization().withId(Examples.UNDP)
        .withKind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
        .withParent(java.util.Optional.empty());
    assertThat(problems(undp)).containsExactly("/country organization.country.international");
    assertThat(problems(undp.withCountry(java.util.Optional.empty()))).isEmpty();
  }

  @Test
  void aPersonKeepsEverySpelling() {
    Person minister = Examples.person();
    assertThat(minister.getNames().allSpellings())
        .contains("Hajymyrat Hudayguliyev", "Khadzhimyrat Khudaygulyev");
    assertThat(problems(minister)).isEmpty();
  }

  @Test
  void namesLongerThanTheLimitAreReported() {
    Person person = Examples.person().withNames(Names.of("x".repeat(301)));
    assertThat(problems(person)).containsExactly("/names/byLanguage/en value.size");
    assertThat(problems(Examples.person().withCitizenship(CountryCode.of("TM")))).isEmpty();
  }

  @Test
  void aMembershipDefaultsToAPostWithSeveralHolders() {
    Membership membership = Examples.membership();
    assertThat(membership.isSingleHolder()).isTrue();
    assertThat(Membership.builder().from(membership).singleHolder(false).build().isSingleHolder())
        .isFalse();
    assertThat(problems(membership)).isEmpty();
  }
}
