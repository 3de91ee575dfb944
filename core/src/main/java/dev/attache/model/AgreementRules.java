package dev.attache.model;

import dev.attache.internal.constraints.AgreementRulesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

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
@Constraint(validatedBy = AgreementRulesValidator.class)
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
}
