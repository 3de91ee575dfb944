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
 *
 * <p>A class-level Jakarta Validation constraint, put on {@link AttachePosting} itself. Each broken
 * rule is reported with its own code as message key, at the attribute it concerns, never with the
 * message of this annotation.
 */
@Documented
@Constraint(validatedBy = AttachePostingRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AttachePostingRules {
  /**
   * The message template of the constraint as a whole. It is never reported: each broken rule is
   * reported with its own code.
   *
   * @return the message template, {@code {posting.rules}} by default
   */
  String message() default "{posting.rules}";

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

  /** Checks {@link AttachePostingRules}. */
  final class Validator implements ConstraintValidator<AttachePostingRules, AttachePosting> {
    /**
     * Checks the posting's status against its dates, and its departure against its arrival;
     * reports each broken rule with its code, the attribute ({@code arrival} or
     * {@code departure}) and the offending value.
     *
     * @param posting the posting to check, not null
     * @param context the context the violations are reported in, not null
     * @return true if the posting breaks none of the rules
     */
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
