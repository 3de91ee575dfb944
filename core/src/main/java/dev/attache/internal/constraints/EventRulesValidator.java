package dev.attache.internal.constraints;

import dev.attache.internal.RuleContext;
import dev.attache.model.Event;
import dev.attache.model.EventRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EventRules}; not API. */
public final class EventRulesValidator implements ConstraintValidator<EventRules, Event> {
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
    event.getPartOf().filter(event.getId()::equals)
        .ifPresent(whole -> rules.fail("event.part-of.self", "partOf", whole));
    return rules.isValid();
  }
}
