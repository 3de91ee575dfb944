package dev.attache.attache;

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
 * {@code posting.completed.departure}, {@code posting.planned.arrived},
 * {@code posting.departure.order}.
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
      boolean arrived = posting.getArrival().isPresent();
      switch (posting.getStatus()) {
        case ACTIVE -> {
          if (!arrived) {
            rules.fail("posting.active.arrival", "arrival", posting.getStatus());
          }
        }
        case COMPLETED -> {
          if (posting.getDeparture().isEmpty()) {
            rules.fail("posting.completed.departure", "departure", posting.getStatus());
          }
        }
        case PLANNED, IN_TRAINING -> {
          if (arrived) {
            rules.fail("posting.planned.arrived", "arrival", posting.getArrival().get());
          }
        }
        case CANCELLED -> {
          // may have been broken off at any point
        }
      }
      if (arrived && posting.getDeparture().isPresent()
          && posting.getDeparture().get().isCertainlyBefore(posting.getArrival().get())) {
        rules.fail("posting.departure.order", "departure", posting.getDeparture().get());
      }
      return rules.isValid();
    }
  }
}
