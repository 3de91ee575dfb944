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

/** The rules of an {@link Indicator}: {@code indicator.metric.label}. */
@Documented
@Constraint(validatedBy = IndicatorRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorRules {
  String message() default "{indicator.rules}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link IndicatorRules}. */
  final class Validator implements ConstraintValidator<IndicatorRules, Indicator> {
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
