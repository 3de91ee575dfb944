package dev.attache.internal.constraints;

import dev.attache.common.QualifiedDate;
import dev.attache.internal.RuleContext;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link AgreementRules}; not API. */
public final class AgreementRulesValidator implements ConstraintValidator<AgreementRules, Agreement> {
  /**
   * Checks that a signed agreement has a signature date and that its dates come in order. Each
   * broken rule is reported with its code at the date that should come later, quoting it; a
   * missing signature date is reported at {@code signedOn}, quoting the status. With no in-force
   * date, the expiry is checked against the signature date.
   *
   * @param agreement the agreement to check, not null
   * @param context the context the violations are reported in, not null
   * @return true if the agreement breaks none of the rules
   */
  @Override
  public boolean isValid(Agreement agreement, ConstraintValidatorContext context) {
    RuleContext rules = new RuleContext(context);
    if (agreement.getStatus().isSigned() && agreement.getSignedOn().isEmpty()) {
      rules.fail("agreement.signed.date", "signedOn", agreement.getStatus());
    }
    if (before(agreement.getAgreedOn(), agreement.getProposedOn())) {
      rules.fail("agreement.agreed.order", "agreedOn", agreement.getAgreedOn().get());
    }
    if (before(agreement.getSignedOn(), agreement.getProposedOn())
        || before(agreement.getSignedOn(), agreement.getAgreedOn())) {
      rules.fail("agreement.signed.order", "signedOn", agreement.getSignedOn().get());
    }
    if (before(agreement.getInForceFrom(), agreement.getSignedOn())) {
      rules.fail("agreement.in-force.order", "inForceFrom", agreement.getInForceFrom().get());
    }
    // with no in-force date, expiry still may not precede the signature
    Optional<QualifiedDate> start = agreement.getInForceFrom().or(agreement::getSignedOn);
    if (before(agreement.getExpiresOn(), start)) {
      rules.fail("agreement.expiry.order", "expiresOn", agreement.getExpiresOn().get());
    }
    if (agreement.getNextStatus().isPresent()
        && agreement.getNextStatus().get().compareTo(agreement.getStatus()) <= 0) {
      rules.fail("agreement.next.order", "nextStatus", agreement.getNextStatus().get());
    }
    return rules.isValid();
  }

  /** True if both dates are known and {@code later} is certainly before {@code earlier}. */
  private static boolean before(Optional<QualifiedDate> later, Optional<QualifiedDate> earlier) {
    return later.isPresent() && earlier.isPresent()
        && later.get().isCertainlyBefore(earlier.get());
  }
}
