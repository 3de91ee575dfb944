package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A ministry, agency, university, college, IT park, competence centre, company, fund or
 * international organization. An IT park "under" an agency has that agency as its parent.
 * Rules: the parent is not the organization itself; an international organization has no
 * country.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@OrganizationRules
public abstract sealed class Organization implements Entity, Named, WithOrganization
    permits ImmutableOrganization {
  Organization() {}

  @Override
  public abstract Ref<Organization> getId();

  /**
   * What sort of body it is: a ministry, a university, an IT park.
   *
   * @return the kind, not null
   */
  public abstract OrganizationKind getKind();

  /**
   * The country it belongs to; none for an international organization.
   *
   * @return the country, or empty for an international organization or if none is given
   */
  public abstract Optional<CountryCode> getCountry();

  /**
   * The organization it is part of or subordinate to.
   *
   * @return the reference to the parent, or empty if it has none
   */
  public abstract Optional<Ref<Organization>> getParent();

  @Override
  public List<Reference> references() {
    return References.of(this).one("parent", getParent(), Organization.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return Optional.empty();
  }

  @Override
  public String label() {
    return getNames().getPrimary();
  }

  @Override
  public Set<String> spellings() {
    return getNames().allSpellings();
  }

  @Override
  public Set<CountryCode> countries() {
    return getCountry().map(Set::of).orElse(Set.of());
  }

  /**
   * A builder of organizations.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Organization}. The id, the names and the kind are required: {@code build()}
   * throws {@link dev.attache.common.InvalidValueException} ({@code attributes.missing}) if one is
   * unset. The builder refuses nulls but checks no rule: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. Not thread-safe.
   */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}

    /**
     * Sets the names to one English name: {@code names("…")} for {@code names(Names.of("…"))}.
     *
     * @param englishName the name in English, not null
     * @return this builder
     * @throws InvalidValueException {@code names.blank} or {@code names.character} for a name
     *     that is blank or has a control character
     */
    public Builder names(String englishName) {
      names(Names.of(englishName));
      return this;
    }

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the organization, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Organization.class, id));
      return this;
    }

    /**
     * Sets the country by its ISO 3166-1 alpha-2 code: {@code country("TM")}.
     *
     * @param code the country code, not null
     * @return this builder
     * @throws InvalidValueException {@code country.unknown} if the JDK does not know the code
     */
    public Builder country(String code) {
      country(CountryCode.parse(code));
      return this;
    }

    /**
     * Sets the parent by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the organization, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder parent(String id) {
      parent(Ref.parse(Organization.class, id));
      return this;
    }
  }
}
