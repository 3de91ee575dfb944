package dev.attache.model;

import dev.attache.internal.constraints.StatementRulesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a {@link Statement}: {@code statement.speaker.kind}.
 *
 * <p>A class-level Jakarta Validation constraint, put on {@link Statement} itself. A broken rule is
 * reported with its own code as message key, at the attribute it concerns, never with the message
 * of this annotation.
 */
@Documented
@Constraint(validatedBy = StatementRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StatementRules {
  /**
   * The message template of the constraint as a whole. It is never reported: each broken rule is
   * reported with its own code.
   *
   * @return the message template, {@code {statement.rules}} by default
   */
  String message() default "{statement.rules}";

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
