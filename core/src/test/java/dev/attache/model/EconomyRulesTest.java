package dev.attache.model;

import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.common.Names;
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
