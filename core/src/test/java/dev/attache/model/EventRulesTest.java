package dev.attache.model;

import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import org.junit.jupiter.api.Test;

class EventRulesTest {

  @Test
  void aVisitFromTheThirdToTheFourteenthIsValid() {
    assertThat(problems(Examples.event())).isEmpty();
  }

  @Test
  void anEventCannotEndBeforeItBegins() {
    assertThat(problems(Examples.event().withEndDate(PartialDate.parse("2025-03-02"))))
        .containsExactly("/endDate event.end.order");
    assertThat(problems(Examples.event().withEndDate(PartialDate.parse("2025-03")))).isEmpty();
    // begun no later than March 2025: it may have begun, and ended, in February
    assertThat(problems(Examples.event().withDate(QualifiedDate.parse("<=2025-03"))
        .withEndDate(PartialDate.parse("2025-02-15")))).isEmpty();
  }

  @Test
  void aSummaryIsRequiredAndBounded() {
    assertThat(problems(Examples.event().withSummary(" "))).containsExactly("/summary value.blank");
    assertThat(problems(Examples.event().withSummary("x".repeat(4001))))
        .containsExactly("/summary value.size");
  }
}
