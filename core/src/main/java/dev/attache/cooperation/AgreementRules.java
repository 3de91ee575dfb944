package dev.attache.cooperation;

import dev.attache.common.PartialDate;
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
import java.util.Optional;

/**
 * The cross-field rules of an {@link Agreement}: {@code agreement.signed.date},
 * {@code agreement.agreed.order},
 * {@code agreement.signed.order}, {@code agreement.in-force.order}, {@code agreement.expiry.order}.
 *
 * <p>A class-level Jakarta Validation constraint, put on {@link Agreement} itself; the rules on the
 * parties are constraints on {@link Agreement#getParties()}. Each broken rule is reported with its
 * own code as message key, at the attribute it concerns, never with the message of this annotation.
 */
@Documented
@Constraint(validatedBy = AgreementRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AgreementRules {
  /**
   * The message template of the constraint as a whole. It is never reported: each broken rule is
   * reported with its own code.
   *
   * @return the message template, {@code {agreement.rules}} by default
   */
  String message() default "{agreement.rules}";

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

  /** Checks {@link AgreementRules}. */
  final class Validator implements ConstraintValidator<AgreementRules, Agreement> {
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
      Optional<PartialDate> start = agreement.getInForceFrom().or(agreement::getSignedOn);
      if (before(agreement.getExpiresOn(), start)) {
        rules.fail("agreement.expiry.order", "expiresOn", agreement.getExpiresOn().get());
      }
      return rules.isValid();
    }

    /** True if both dates are known and {@code later} is certainly before {@code earlier}. */
    private static boolean before(Optional<PartialDate> later, Optional<PartialDate> earlier) {
      return later.isPresent() && earlier.isPresent()
          && later.get().isCertainlyBefore(earlier.get());
    }
  }
}
