package dev.attache.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.common.PartialDate;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementKind;
import dev.attache.model.AgreementStatus;
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example, word for word, so that it cannot rot. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleBuildsAndValidatesAnAgreement() {
    // README example start
    Agreement agreement = Agreement.builder()
        .id("agreement:ru-tm-digital")
        .title("Memorandum on digital cooperation")
        .kind(AgreementKind.MEMORANDUM).status(AgreementStatus.SIGNED)
        .addParties("RU", "RU")
        .build();
    List<Problem> problems = AttacheValidator.standard().validate(agreement);
    // README example end
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "/parties/1 agreement.parties.distinct: the parties of an agreement must be distinct (RU)",
        "/signedOn agreement.signed.date: a signed agreement needs a signature date (SIGNED)");
  }

  @Test
  void aBrokenInvariantIsRefusedByTheBuilder() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartialDate.parse("2025-13"))
        .hasMessage("Invalid date '2025-13': month 13 is outside 1..12");
  }
}
