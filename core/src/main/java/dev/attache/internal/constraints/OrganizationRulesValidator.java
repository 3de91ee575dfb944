package dev.attache.internal.constraints;

import dev.attache.internal.RuleContext;
import dev.attache.model.Organization;
import dev.attache.model.OrganizationKind;
import dev.attache.model.OrganizationRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OrganizationRules}; not API. */
public final class OrganizationRulesValidator implements ConstraintValidator<OrganizationRules, Organization> {
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
