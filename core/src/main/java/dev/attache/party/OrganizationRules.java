package dev.attache.party;

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

/**
 * The rules of an {@link Organization}: its parent is not itself
 * ({@code organization.parent.self}); an international organization has no country
 * ({@code organization.country.international}).
 */
@Documented
@Constraint(validatedBy = OrganizationRules.Validator.class)
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

  /** Checks {@link OrganizationRules}. */
  final class Validator implements ConstraintValidator<OrganizationRules, Organization> {
    @Override
    public boolean isValid(Organization organization, ConstraintValidatorContext context) {
      RuleContext rules = new RuleContext(context);
      if (organization.getParent().filter(organization.getId()::equals).isPresent()) {
        rules.fail("organization.parent.self", "parent", organization.getParent().get());
      }
      if (organization.getKind() == OrganizationKind.INTERNATIONAL_ORGANIZATION
          && organization.getCountry().isPresent()) {
        rules.fail("organization.country.international", "country",
            organization.getCountry().get());
      }
      return rules.isValid();
    }
  }
}
