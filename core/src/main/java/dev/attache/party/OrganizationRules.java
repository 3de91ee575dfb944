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
 * The rules of an {@link Organization}: its parent is not itself ({@code organization.parent.self});
 * an international organization has no country ({@code organization.country.international}).
 */
@Documented
@Constraint(validatedBy = OrganizationRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganizationRules {
  String message() default "{organization.rules}";

  Class<?>[] groups() default {};

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
