package dev.attache.attache;

import dev.attache.common.Period;
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
 * The rules of an {@link AttachePosting}: {@code posting.active.arrival},
 * {@code posting.completed.end}, {@code posting.planned.started}.
 */
@Documented
@Constraint(validatedBy = AttachePostingRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AttachePostingRules {
  String message() default "{posting.rules}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link AttachePostingRules}. */
  final class Validator implements ConstraintValidator<AttachePostingRules, AttachePosting> {
    @Override
    public boolean isValid(AttachePosting posting, ConstraintValidatorContext context) {
      RuleContext rules = new RuleContext(context);
      boolean started = posting.getPeriod().flatMap(Period::getStart).isPresent();
      boolean ended = posting.getPeriod().flatMap(Period::getEnd).isPresent();
      switch (posting.getStatus()) {
        case ACTIVE -> {
          if (!started) {
            rules.fail("posting.active.arrival", "period", posting.getStatus());
          }
        }
        case COMPLETED -> {
          if (!ended) {
            rules.fail("posting.completed.end", "period", posting.getStatus());
          }
        }
        case PLANNED, IN_TRAINING -> {
          if (started) {
            rules.fail("posting.planned.started", "period", posting.getPeriod().get());
          }
        }
        case CANCELLED -> {
          // may have been broken off at any point
        }
      }
      return rules.isValid();
    }
  }
}
