package dev.attache.event;

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
 * The rules of an {@link Event}: {@code event.end.order}.
 *
 * <p>A class-level Jakarta Validation constraint, put on {@link Event} itself. A broken rule is
 * reported with its own code as message key, at the attribute it concerns, never with the message
 * of this annotation.
 */
@Documented
@Constraint(validatedBy = EventRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EventRules {
  /**
   * The message template of the constraint as a whole. It is never reported: each broken rule is
   * reported with its own code.
   *
   * @return the message template, {@code {event.rules}} by default
   */
  String message() default "{event.rules}";

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

  /** Checks {@link EventRules}. */
  final class Validator implements ConstraintValidator<EventRules, Event> {
    /**
     * Checks that the event does not end certainly before it begins: the last day the end date may
     * mean is not before the first day the date may mean. If it is, reports
     * {@code event.end.order} at {@code endDate}, quoting the end date.
     *
     * @param event the event to check, not null
     * @param context the context the violations are reported in, not null
     * @return true if the event breaks none of the rules
     */
    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
      RuleContext rules = new RuleContext(context);
      event.getEndDate()
          .filter(end -> end.latest().isBefore(event.getDate().earliestPossible()))
          .ifPresent(end -> rules.fail("event.end.order", "endDate", end));
      return rules.isValid();
    }
  }
}
