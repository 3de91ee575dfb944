package dev.attache.model;

import static dev.attache.Checked.full;
import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.common.Money;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import org.junit.jupiter.api.Test;

class AttacheRulesTest {
  private final AttachePosting planned = Examples.posting();

  @Test
  void thePlannedPostingIsValid() {
    assertThat(problems(planned)).isEmpty();
  }

  @Test
  void anActivePostingNeedsAnArrival() {
    assertThat(problems(planned.withStatus(PostingStatus.ACTIVE)))
        .containsExactly("/arrival posting.active.arrival");
    assertThat(problems(planned.withStatus(PostingStatus.ACTIVE)
        .withDeparture(QualifiedDate.of(PartialDate.of(2026)))))
        .containsExactly("/arrival posting.active.arrival");
    // "already works there" on the date of an article is an arrival no later than that date
    assertThat(problems(planned.withStatus(PostingStatus.ACTIVE)
        .withArrival(QualifiedDate.parse("<=2025-10-13")))).isEmpty();
  }

  @Test
  void aCompletedPostingNeedsADeparture() {
    AttachePosting completed = planned.withStatus(PostingStatus.COMPLETED)
        .withArrival(QualifiedDate.parse("2023"));
    assertThat(problems(completed)).containsExactly("/departure posting.completed.departure");
    assertThat(problems(completed.withDeparture(QualifiedDate.parse("2025")))).isEmpty();
  }

  @Test
  void aPlannedPostingHasNoArrivalYet() {
    assertThat(problems(planned.withArrival(QualifiedDate.parse("2024"))))
        .containsExactly("/arrival posting.planned.arrived");
    assertThat(problems(planned.withStatus(PostingStatus.IN_TRAINING)
        .withArrival(QualifiedDate.parse("2024"))))
        .containsExactly("/arrival posting.planned.arrived");
    assertThat(problems(planned.withStatus(PostingStatus.CANCELLED)
        .withArrival(QualifiedDate.parse("2024")))).isEmpty();
  }

  @Test
  void theDepartureIsNotBeforeTheArrival() {
    AttachePosting done = planned.withStatus(PostingStatus.COMPLETED)
        .withArrival(QualifiedDate.parse("2023-05"));
    assertThat(problems(done.withDeparture(QualifiedDate.parse("2023-04"))))
        .containsExactly("/departure posting.departure.order");
    assertThat(problems(done.withDeparture(QualifiedDate.parse("2023")))).isEmpty();
    // an arrival only known to be no later than 2024 may well precede a departure in 2023
    assertThat(problems(done.withArrival(QualifiedDate.parse("<=2024"))
        .withDeparture(QualifiedDate.parse("2023")))).isEmpty();
  }

  @Test
  void aServiceIsNotEstablishedBeforeItWasConceived() {
    AttacheService service = Examples.attacheService();
    assertThat(problems(service)).isEmpty();
    assertThat(full(service.withEstablished(QualifiedDate.of(PartialDate.of(2018)))))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.getPointer()).isEqualTo("/established");
          assertThat(p.getCode()).isEqualTo("attache-service.established.order");
          assertThat(p.getValue()).hasValue("2018");
        });
    // established no earlier than 2018 may be any year after it: not certainly before 2019
    assertThat(problems(service.withEstablished(QualifiedDate.parse(">=2018")))).isEmpty();
    assertThat(problems(service.withConceived(QualifiedDate.parse("<=2022")))).isEmpty();
  }

  @Test
  void theValueOfAContractIsNotNegative() {
    ExportDeal deal = Examples.exportDeal();
    assertThat(problems(deal)).isEmpty();
    assertThat(problems(deal.withValue(Money.of("-1.00", "USD"))))
        .containsExactly("/value value.negative");
  }

  @Test
  void dutiesComeFromACatalogueWithDescriptionsAndFreeText() {
    assertThat(Duty.values()).allSatisfy(d -> assertThat(d.getDescription()).isNotBlank());
    assertThat(problems(planned.withOtherDuties("Report on the local market", "")))
        .containsExactly("/otherDuties/1 value.blank");
  }
}
