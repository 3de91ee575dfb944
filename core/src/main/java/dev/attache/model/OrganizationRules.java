package dev.attache.model;

import dev.attache.internal.constraints.OrganizationRulesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of an {@link Organization}: its parent is not itself
 * ({@code organization.parent.self}); an international organization has no country
 * ({@code organization.country.international}).
 */
@Documented
@Constraint(validatedBy = OrganizationRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganizationRules {
  /**
   * The message template of the constraint as a whole: unused, since each broken rule is reported
   * with its own code.
   *
   * @return the template, {@code {organization.rules}} by default
   */
  String message() default "{organization.rules}";

  /**
   * The validation groups the constraint belongs to.
   *
   * @return the groups; none for the default group
   */
  Class<?>[] groups() default {};

  /**
   * Payload for clients of the Jakarta Validation API, such as a severity; the library reads
   * none.
   *
   * @return the payload types; none by default
   */
  Class<? extends Payload>[] payload() default {};
}
