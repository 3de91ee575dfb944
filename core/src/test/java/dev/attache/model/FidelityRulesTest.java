package dev.attache.model;

import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.Examples;
import dev.attache.common.DateQualifier;
import dev.attache.common.DateRange;
import dev.attache.common.DayRange;
import dev.attache.common.InvalidValueException;
import dev.attache.common.PartialDate;
import dev.attache.common.Place;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the model can say since the sources were audited: qualified period sides, states observed
 * on dates, decisions, announced next steps, conditions, parts of events, trends, strands.
 */
class FidelityRulesTest {
  private static final Ref<Source> EARLY = Ref.of(Source.class, "training-article");
  private static final Ref<Source> LATE = Ref.of(Source.class, "nca-2025-10-13");

  @Test
  void aQualifiedSideWidensWhatAPeriodMayHoldAndNarrowsWhatItSurelyHolds() {
    DateRange runningBy = DateRange.parse("<=2025-10-13/..");
    assertThat(runningBy.possibleDays().isOpenBefore()).isTrue();
    assertThat(runningBy.certainDays().first()).isEqualTo(LocalDate.of(2025, 10, 13));
    DateRange startedAfter = DateRange.parse(">=2019/2025");
    assertThat(startedAfter.possibleDays().first()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(startedAfter.certainDays().isEmpty()).isTrue();
    DateRange endedBy = DateRange.parse("2019/<=2025");
    assertThat(endedBy.possibleDays().last()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(endedBy.certainDays().isEmpty()).isTrue();
    DateRange stillRunning = DateRange.parse("2019/>=2025");
    assertThat(stillRunning.possibleDays().isOpenAfter()).isTrue();
    assertThat(stillRunning.certainDays()).isEqualTo(
        new DayRange(LocalDate.of(2019, 12, 31), LocalDate.of(2025, 1, 1)));
    // an approximate side is the span it names, as for a qualified date
    assertThat(DateRange.parse("~2019/2025").possibleDays())
        .isEqualTo(DateRange.parse("2019/2025").possibleDays());
  }

  @Test
  void aQualifiedPeriodKeepsItsTextFormAndItsOrder() {
    for (String text : List.of("~2019/<=2025", "<=2025-10-13/..", "../>=2030", "2019/2025")) {
      assertThat(DateRange.parse(text)).hasToString(text);
    }
    assertThat(DateRange.between(Optional.of(QualifiedDate.parse("~2019")), Optional.empty())
        .getStartQualifier()).isEqualTo(DateQualifier.APPROXIMATE);
    // not before 2026 cannot end in 2025; not later than 2026 can
    assertThatThrownBy(() -> DateRange.parse(">=2026/2025"))
        .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
            "period.order");
    assertThat(DateRange.parse("<=2026/2025").possibleDays().isOpenBefore()).isTrue();
    assertThatThrownBy(() -> DateRange.of(Optional.empty(), Optional.of(PartialDate.of(2025)))
        .withStartQualifier(DateQualifier.APPROXIMATE))
        .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
            "period.qualifier");
  }

  @Test
  void theStateOnADayIsTheLatestObservedByThen() {
    AttachePosting posting = Examples.posting().withObservations(
        StatusObservation.of(PostingStatus.IN_TRAINING, Optional.empty(), EARLY),
        StatusObservation.of(PostingStatus.PLANNED,
            Optional.of(QualifiedDate.parse("<=2025-06-01")), EARLY),
        StatusObservation.of(PostingStatus.ACTIVE,
            Optional.of(QualifiedDate.parse("<=2025-10-13")), LATE));
    assertThat(posting.statusOn(LocalDate.of(2025, 5, 31))).isEmpty();
    assertThat(posting.statusOn(LocalDate.of(2025, 6, 1))).hasValue(PostingStatus.PLANNED);
    assertThat(posting.statusOn(LocalDate.of(2025, 10, 13))).hasValue(PostingStatus.ACTIVE);
    // a month may end after the day asked about: not yet seen
    assertThat(posting.withObservations(StatusObservation.of(PostingStatus.ACTIVE,
        Optional.of(QualifiedDate.parse("2025-10")), LATE)).statusOn(LocalDate.of(2025, 10, 13)))
        .isEmpty();
    // each observation's source is a reference of the posting
    assertThat(posting.references()).extracting(Reference::pointer)
        .contains("/observations/2/source");
  }

  @Test
  void aDecisionComesNoEarlierThanTheIdea() {
    AttacheService service = Examples.attacheService();
    int conceived = service.getConceived().orElseThrow().getDate().getYear();
    assertThat(problems(service.withDecided(QualifiedDate.of(PartialDate.of(conceived + 2)))))
        .isEmpty();
    assertThat(problems(service.withDecided(QualifiedDate.of(PartialDate.of(conceived - 1)))))
        .containsExactly("/decided attache-service.decided.order");
  }

  @Test
  void anAnnouncedNextStepComesAfterTheCurrentStatus() {
    Agreement agreed = Examples.agreement().withStatus(AgreementStatus.AGREED)
        .withSignedOn(Optional.empty()).withInForceFrom(Optional.empty())
        .withExpiresOn(Optional.empty());
    assertThat(problems(agreed.withNextStatus(AgreementStatus.SIGNED)
        .withConditions("Once travel is possible"))).isEmpty();
    assertThat(problems(agreed.withNextStatus(AgreementStatus.AGREED)))
        .containsExactly("/nextStatus agreement.next.order");
    assertThat(problems(agreed.withNextStatus(AgreementStatus.PROPOSED)))
        .containsExactly("/nextStatus agreement.next.order");
    assertThat(problems(agreed.withConditions(" "))).containsExactly("/conditions/0 value.blank");
  }

  @Test
  void anAgreementReachedByADayMayBeInForceBeforeIt() {
    Agreement signedBy = Examples.agreement().withStatus(AgreementStatus.IN_FORCE)
        .withSignedOn(QualifiedDate.parse("<=2021-10-06")).withInForceFrom(Optional.empty())
        .withExpiresOn(Optional.empty()).withProposedOn(Optional.empty())
        .withAgreedOn(Optional.empty());
    assertThat(problems(signedBy)).isEmpty();
    assertThat(signedBy.isInForceOn(LocalDate.of(2019, 1, 1))).isTrue();
    assertThat(signedBy.withSignedOn(QualifiedDate.parse("2021-10-06"))
        .isInForceOn(LocalDate.of(2019, 1, 1))).isFalse();
  }

  @Test
  void anEventIsNotPartOfItself() {
    Event event = Examples.event();
    assertThat(problems(event.withPartOf(Ref.of(Event.class, "whole-visit")))).isEmpty();
    assertThat(problems(event.withPartOf(event.getId())))
        .containsExactly("/partOf event.part-of.self");
    assertThat(event.withPartOf(Ref.of(Event.class, "whole-visit")).references())
        .extracting(Reference::pointer).contains("/partOf");
  }

  @Test
  void aPlaceCanBeFinerThanACity() {
    Place innopolis = Place.builder().country(dev.attache.common.CountryCode.of("RU"))
        .region("Republic of Tatarstan").locality("Innopolis").site("Technology park").build();
    assertThat(innopolis).hasToString("Technology park, Innopolis, Republic of Tatarstan, RU");
    assertThatThrownBy(() -> Place.builder().site(" ").locality("Kazan").build())
        .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code",
            "place.blank");
  }

  @Test
  void aChangeHasABaselineNoLaterThanItsValue() {
    Indicator indicator = Examples.indicator();
    int year = indicator.getAsOf().orElseThrow().getYear();
    Change doubled = Change.of(Quantity.of(2), QualifiedDate.parse("~" + (year - 5)));
    assertThat(problems(indicator.withChange(doubled))).isEmpty();
    assertThat(problems(indicator.withChange(Change.of(Quantity.of(2),
        QualifiedDate.of(PartialDate.of(year + 1)))))).containsExactly(
            "/change indicator.change.since");
    assertThat(problems(indicator.withChange(Change.of(Quantity.of(-2),
        QualifiedDate.parse("~" + (year - 5)))))).containsExactly("/change/factor value.negative");
  }

  @Test
  void aStrandBelongsToItsProgrammeAndCountsItsProviders() {
    TrainingProgram strand = Examples.all().stream().filter(TrainingProgram.class::isInstance)
        .map(TrainingProgram.class::cast).findFirst().orElseThrow()
        .withStrategy(Ref.of(Strategy.class, "national-it-programme"))
        .withProviderTotal(Quantity.of(26)).withEligibility("Foreign students")
        .withSystems(Ref.of(InformationSystem.class, "edi"));
    assertThat(problems(strand)).isEmpty();
    assertThat(strand.references()).extracting(Reference::pointer)
        .contains("/strategy", "/systems/0");
    assertThat(problems(strand.withProviderTotal(Quantity.of(-1))))
        .containsExactly("/providerTotal value.negative");
  }
}
