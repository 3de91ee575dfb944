package dev.attache.attache;

import static dev.attache.Checked.full;
import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.common.Money;
import dev.attache.common.PartialDate;
import dev.attache.common.Period;
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
        .containsExactly("/period posting.active.arrival");
    assertThat(problems(planned.withStatus(PostingStatus.ACTIVE)
        .withPeriod(Period.until(PartialDate.of(2026)))))
        .containsExactly("/period posting.active.arrival");
    assertThat(problems(planned.withStatus(PostingStatus.ACTIVE)
        .withPeriod(Period.from(PartialDate.parse("2025-12"))))).isEmpty();
  }

  @Test
  void aCompletedPostingNeedsAnEnd() {
    AttachePosting completed = planned.withStatus(PostingStatus.COMPLETED)
        .withPeriod(Period.from(PartialDate.of(2023)));
    assertThat(problems(completed)).containsExactly("/period posting.completed.end");
    assertThat(problems(completed.withPeriod(Period.parse("2023/2025")))).isEmpty();
  }

  @Test
  void aPlannedPostingHasNotStarted() {
    assertThat(problems(planned.withPeriod(Period.from(PartialDate.of(2024)))))
        .containsExactly("/period posting.planned.started");
    assertThat(problems(planned.withStatus(PostingStatus.IN_TRAINING)
        .withPeriod(Period.from(PartialDate.of(2024)))))
        .containsExactly("/period posting.planned.started");
    assertThat(problems(planned.withStatus(PostingStatus.CANCELLED)
        .withPeriod(Period.from(PartialDate.of(2024))))).isEmpty();
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
