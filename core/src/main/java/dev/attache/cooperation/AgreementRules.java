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
 */
@Documented
@Constraint(validatedBy = AgreementRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AgreementRules {
  String message() default "{agreement.rules}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link AgreementRules}. */
  final class Validator implements ConstraintValidator<AgreementRules, Agreement> {
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

    private static boolean before(Optional<PartialDate> later, Optional<PartialDate> earlier) {
      return later.isPresent() && earlier.isPresent()
          && later.get().isCertainlyBefore(earlier.get());
    }
  }
}
