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

/** The rules of an {@link Event}: {@code event.end.order}. */
@Documented
@Constraint(validatedBy = EventRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EventRules {
  String message() default "{event.rules}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link EventRules}. */
  final class Validator implements ConstraintValidator<EventRules, Event> {
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
