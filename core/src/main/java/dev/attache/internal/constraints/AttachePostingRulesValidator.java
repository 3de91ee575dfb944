package dev.attache.internal.constraints;

import dev.attache.internal.RuleContext;
import dev.attache.model.AttachePosting;
import dev.attache.model.AttachePostingRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AttachePostingRules}; not API. */
public final class AttachePostingRulesValidator implements ConstraintValidator<AttachePostingRules, AttachePosting> {
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
