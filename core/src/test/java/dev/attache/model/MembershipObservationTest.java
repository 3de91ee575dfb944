package dev.attache.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.common.DayRange;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.dataset.Dataset;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A membership known only from one date: an observation, not a tenure of that date alone. */
class MembershipObservationTest {
  static final LocalDate DAY = LocalDate.of(2025, 10, 13);

  static Membership observed(String slug, String person, String day) {
    return Examples.membership().withId(Ref.of(Membership.class, slug))
        .withPerson(Ref.of(Person.class, person)).withPeriod(Optional.empty())
        .withObservedOn(QualifiedDate.parse(day));
  }

  @Test
  void anObservationRulesOutNoDayAndMakesOnlyItsOwnDayCertain() {
    Membership minister = observed("m", "hudayguliyev", "2025-10-13");
    assertThat(minister.daysPossiblyHeld()).hasValue(DayRange.ALL);
    assertThat(minister.daysCertainlyHeld()).isEqualTo(new DayRange(DAY, DAY));
    assertThat(minister.timelineDate()).hasValue(PartialDate.parse("2025-10-13"));
    assertThat(minister.describeTime()).isEqualTo("@2025-10-13");
    // seen in some day of a month: no day is certain
    assertThat(observed("m", "x", "2019-05").daysCertainlyHeld()).isEqualTo(DayRange.NONE);
    // a period, where there is one, decides; nothing at all places it nowhere
    assertThat(Examples.membership().daysPossiblyHeld()).hasValue(new DayRange(DAY, DAY));
    assertThat(Examples.membership().withPeriod(Optional.empty()).daysPossiblyHeld()).isEmpty();
  }

  @Test
  void theHolderOfAnObservedPostIsStillAnAnswerAWeekLater() {
    Dataset dataset = Dataset.of(List.of(observed("m", "hudayguliyev", "2025-10-13")));
    Ref<Organization> ministry = Examples.membership().getOrganization();
    assertThat(dataset.holders(ministry, "minister of communications", DAY.plusWeeks(1)))
        .hasSize(1);
    // the one-day period it replaces answered nobody
    assertThat(Dataset.of(List.of(Examples.membership()))
        .holders(ministry, "minister of communications", DAY.plusWeeks(1))).isEmpty();
  }

  @Test
  void twoPeopleSeenInOneSingleHolderPostOnOneDayOverlap() {
    List<String> sameDay = Dataset.of(List.of(observed("a", "one", "2025-10-13"),
        observed("b", "two", "2025-10-13"))).checkIntegrity().stream()
        .filter(p -> !p.getCode().equals("dataset.ref.unresolved"))
        .map(p -> p.getPointer() + " " + p.getCode()).toList();
    assertThat(sameDay).containsExactly("/entities/1/period dataset.membership.overlap");
    assertThat(Dataset.of(List.of(observed("a", "one", "2025-10-13"),
        observed("b", "two", "2025-10-20"))).checkIntegrity())
        .noneMatch(p -> p.getCode().equals("dataset.membership.overlap"));
  }
}
