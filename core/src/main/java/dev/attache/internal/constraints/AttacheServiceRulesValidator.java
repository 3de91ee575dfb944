package dev.attache.internal.constraints;

import dev.attache.internal.RuleContext;
import dev.attache.model.AttacheService;
import dev.attache.model.AttacheServiceRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AttacheServiceRules}; not API. */
public final class AttacheServiceRulesValidator implements ConstraintValidator<AttacheServiceRules, AttacheService> {
  /**
   * Checks that the service was not established certainly before it was conceived; if it was,
   * reports {@code attache-service.established.order} at {@code established}, quoting that date.
   *
   * @param service the service to check, not null
   * @param context the context the violations are reported in, not null
   * @return true if the service breaks none of the rules
   */
  @Override
  public boolean isValid(AttacheService service, ConstraintValidatorContext context) {
    RuleContext rules = new RuleContext(context);
    if (service.getConceived().isPresent() && service.getEstablished().isPresent()
        && service.getEstablished().get().isCertainlyBefore(service.getConceived().get())) {
      rules.fail("attache-service.established.order", "established",
          service.getEstablished().get());
    }
    if (service.getConceived().isPresent() && service.getDecided().isPresent()
        && service.getDecided().get().isCertainlyBefore(service.getConceived().get())) {
      rules.fail("attache-service.decided.order", "decided", service.getDecided().get());
    }
    return rules.isValid();
  }
}
