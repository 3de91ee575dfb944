package dev.attache.testing;

import static dev.attache.testing.assertions.AttacheAssertions.assertThat;
import static dev.attache.testing.assertions.AttacheAssertions.assertThatProblems;

import dev.attache.model.AttachePosting;
import dev.attache.model.PostingStatus;
import dev.attache.model.Party;
import dev.attache.model.Agreement;
import dev.attache.dataset.Dataset;
import dev.attache.testing.junit.AttacheExtension;
import dev.attache.testing.junit.ReferenceEntity;
import dev.attache.validation.AttacheValidator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// README example start
@ExtendWith(AttacheExtension.class)
class ReadmeExampleTest {

  @Test
  void attachesAndAgreements(Dataset reference,
      @ReferenceEntity("posting:ru-tm") AttachePosting turkmenistan,
      @ReferenceEntity("agreement:ru-tm-digital-proposals-2021") Agreement proposals) {
    assertThat(reference).hasNoProblems();
    assertThat(turkmenistan).hasStatus(PostingStatus.PLANNED).isOn(LocalDate.of(2025, 12, 31));
    assertThatProblems(AttacheValidator.standard().validate(
            proposals.withParties(Party.state("RU"), Party.state("RU"))))
        .containsCode("agreement.parties.distinct");
  }
}
// README example end
