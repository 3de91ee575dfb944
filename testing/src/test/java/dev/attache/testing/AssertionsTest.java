package dev.attache.testing;

import static dev.attache.testing.assertions.AttacheAssertions.assertThat;
import static dev.attache.testing.assertions.AttacheAssertions.assertThatProblems;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.model.AttachePosting;
import dev.attache.model.Duty;
import dev.attache.model.PostingStatus;
import dev.attache.model.EntityKind;
import dev.attache.model.Party;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementStatus;
import dev.attache.model.CooperationArea;
import dev.attache.dataset.Dataset;
import dev.attache.testing.junit.AttacheExtension;
import dev.attache.testing.junit.ReferenceEntity;
import dev.attache.validation.AttacheValidator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The assertions pass on what is true and fail, with a useful message, on what is not. */
@ExtendWith(AttacheExtension.class)
class AssertionsTest {

  @Test
  void postingAssertions(@ReferenceEntity("posting:ru-cu") AttachePosting cuba) {
    assertThat(cuba).hasStatus(PostingStatus.ACTIVE).isInHostCountry("CU")
        .isOn(LocalDate.of(2025, 10, 13));
    assertThatThrownBy(() -> assertThat(cuba).hasStatus(PostingStatus.PLANNED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("posting:ru-cu").hasMessageContaining("ACTIVE");
    assertThatThrownBy(() -> assertThat(cuba).hasDuty(Duty.LEGAL_SUPPORT))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void agreementAssertions(@ReferenceEntity("agreement:ru-tm-digital-proposals-2021") Agreement proposals) {
    assertThat(proposals).hasStatus(AgreementStatus.PROPOSED).hasParty(Party.state("TM"))
        .coversArea(CooperationArea.SMART_CITIES).isNotInForceOn(LocalDate.of(2022, 1, 1));
    assertThatThrownBy(() -> assertThat(proposals).isInForceOn(LocalDate.of(2022, 1, 1)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("to be in force on 2022-01-01");
  }

  @Test
  void problemAssertions(@ReferenceEntity("agreement:ru-tm-digital-proposals-2021") Agreement proposals) {
    var problems = AttacheValidator.standard().validate(
        proposals.withParties(Party.state("RU"), Party.state("RU")));
    assertThatProblems(problems).containsCode("agreement.parties.distinct")
        .containsCodeAt("/parties/1", "agreement.parties.distinct")
        .hasOnlyCodes("agreement.parties.distinct").hasSize(1);
    assertThatThrownBy(() -> assertThatProblems(problems).isEmpty())
        .isInstanceOf(AssertionError.class).hasMessageContaining("agreement.parties.distinct");
    assertThatThrownBy(() -> assertThatProblems(problems).containsCode("value.size"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void datasetAssertions(Dataset reference) {
    assertThat(reference).hasNoProblems().hasCount(EntityKind.PROJECT, 1)
        .containsId("org:undp");
    Dataset broken = Dataset.of(java.util.List.of(reference.agreements().get(0),
        reference.agreements().get(0)));
    assertThatThrownBy(() -> assertThat(broken).hasNoProblems())
        .isInstanceOf(AssertionError.class).hasMessageContaining("dataset.id.duplicate");
  }
}
