package dev.attache.party;

import dev.attache.common.CountryCode;
import dev.attache.common.Entity;
import dev.attache.common.Named;
import dev.attache.common.Ref;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ministry, agency, university, college, IT park, competence centre, company, fund or
 * international organization. An IT park "under" an agency has that agency as its parent.
 * Rules: the parent is not the organization itself; an international organization has no
 * country.
 */
@Value.Immutable
@OrganizationRules
public abstract sealed class Organization implements Entity, Named, WithOrganization
    permits ImmutableOrganization {
  Organization() {}

  @Override
  public abstract Ref<Organization> getId();

  public abstract OrganizationKind getKind();

  /** The country it belongs to; none for an international organization. */
  public abstract Optional<CountryCode> getCountry();

  /** The organization it is part of or subordinate to. */
  public abstract Optional<Ref<Organization>> getParent();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
