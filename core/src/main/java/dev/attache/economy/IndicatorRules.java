package dev.attache.economy;

import dev.attache.validation.RuleContext;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of an {@link Indicator}: {@code indicator.metric.label}.
 *
 * <p>A class-level Jakarta Validation constraint, put on {@link Indicator} itself. A broken rule is
 * reported with its own code as message key, at the attribute it concerns, never with the message
 * of this annotation.
 */
@Documented
@Constraint(validatedBy = IndicatorRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorRules {
  /**
   * The message template of the constraint as a whole. It is never reported: each broken rule is
   * reported with its own code.
   *
   * @return the message template, {@code {indicator.rules}} by default
   */
  String message() default "{indicator.rules}";

  /**
   * The validation groups the constraint belongs to.
   *
   * @return the groups; none by default, which means the default group
   */
  Class<?>[] groups() default {};

  /**
   * The payload a client of the Jakarta Validation API attaches to the constraint.
   *
   * @return the payload types; none by default
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link IndicatorRules}. */
  final class Validator implements ConstraintValidator<IndicatorRules, Indicator> {
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
      return rules.isValid();
    }
  }
}
