package dev.attache.internal.constraints;

import dev.attache.internal.RuleContext;
import dev.attache.model.Indicator;
import dev.attache.model.IndicatorRules;
import dev.attache.model.Metric;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IndicatorRules}; not API. */
public final class IndicatorRulesValidator implements ConstraintValidator<IndicatorRules, Indicator> {
  /**
   * Checks that an indicator of metric {@link Metric#OTHER} has a label; if not, reports
   * {@code indicator.metric.label} at {@code label}, quoting the metric.
   *
   * @param indicator the indicator to check, not null
   * @param context the context the violations are reported in, not null
   * @return true if the indicator breaks none of the rules
   */
  @Override
  public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
    RuleContext rules = new RuleContext(context);
    if (indicator.getMetric() == Metric.OTHER && indicator.getLabel().isEmpty()) {
      rules.fail("indicator.metric.label", "label", indicator.getMetric());
    }
    // the baseline must be able to precede the value it is compared with
    if (indicator.getChange().isPresent() && indicator.getAsOf().isPresent()
        && indicator.getChange().get().getSince().earliestPossible()
            .isAfter(indicator.getAsOf().get().latest())) {
      rules.fail("indicator.change.since", "change", indicator.getChange().get().getSince());
    }
    return rules.isValid();
  }
}
