package dev.attache.model;

import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.Quantity;
import org.junit.jupiter.api.Test;

class EconomyRulesTest {

  @Test
  void theExamplesAreValid() {
    assertThat(problems(Examples.strategy())).isEmpty();
    assertThat(problems(Examples.informationSystem())).isEmpty();
    assertThat(problems(Examples.indicator())).isEmpty();
  }

  @Test
  void aStatementIsSpokenByAPersonOrAnOrganization() {
    assertThat(problems(Examples.statement())).isEmpty();
    assertThat(problems(Examples.statement().withSpeaker(Examples.INNOPOLIS))).isEmpty();
    assertThat(problems(Examples.statement().withSpeaker(Examples.ARTICLE)))
        .containsExactly("/speaker statement.speaker.kind");
    assertThat(problems(Examples.statement().withSummary(" ")))
        .containsExactly("/summary value.blank");
  }

  @Test
  void aStatementIsOnTheTimelineOfItsCountriesAndRefersToItsSpeaker() {
    Statement statement = Examples.statement();
    assertThat(statement.timelineDate()).hasValue(PartialDate.parse("2025-10-13"));
    assertThat(statement.countries()).containsExactly(dev.attache.common.CountryCode.of("TM"));
    assertThat(statement.references()).extracting(Reference::pointer)
        .containsExactly("/sources/0", "/speaker");
  }

  @Test
  void anIndicatorCountIsNotNegative() {
    assertThat(problems(Examples.indicator().withValue(Quantity.of(-5))))
        .containsExactly("/value value.negative");
  }

  @Test
  void anOtherMetricNeedsALabel() {
    Indicator other = Examples.indicator().withMetric(Metric.OTHER);
    assertThat(problems(other)).containsExactly("/label indicator.metric.label");
    assertThat(problems(other.withLabel(Names.of("IT parks")))).isEmpty();
  }

  @Test
  void goalsAreBoundedInNumberAndLength() {
    String[] goals = new String[201];
    java.util.Arrays.fill(goals, "goal");
    assertThat(problems(Examples.strategy().withGoals(goals))).containsExactly("/goals value.size");
    assertThat(problems(Examples.strategy().withGoals("x".repeat(4001))))
        .containsExactly("/goals/0 value.size");
  }
}
