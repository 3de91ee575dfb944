package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who held which post in which organization when: a deputy prime minister, a minister, a rector.
 * A post is single-holder when only one person holds it at a time (a minister, a chairman); the
 * dataset checks that such memberships do not overlap.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Membership implements Entity, WithMembership
    permits ImmutableMembership {
  Membership() {}

  @Override
  public abstract Ref<Membership> getId();

  /**
   * The person who held the post.
   *
   * @return the reference to the {@link Person}, not null
   */
  public abstract Ref<Person> getPerson();

  /**
   * The organization the post is in: the government, the ministry, the university.
   *
   * @return the reference to the {@link Organization}, not null
   */
  public abstract Ref<Organization> getOrganization();

  /**
   * The title of the post, in one or more languages: "Minister of Communications".
   *
   * @return the names of the post, not null
   */
  @Valid
  public abstract Names getRole();

  /**
   * True if only one person holds the post at a time.
   *
   * @return true for a single-holder post, whose memberships the dataset checks do not overlap;
   *     false, the default, if several people may hold it at once
   */
  @Value.Default
  public boolean isSingleHolder() {
    return false;
  }

  /**
   * When the post was held, as far as known; a date the post was held on is a one-date period.
   *
   * @return the period, or empty if not known; a membership without one is not placed in time
   */
  public abstract Optional<DateRange> getPeriod();

  @Override
  public List<Reference> references() {
    return References.of(this).one("person", getPerson(), Person.class).one("organization", getOrganization(), Organization.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getPeriod().flatMap(DateRange::getStart);
  }

  @Override
  public String label() {
    return getRole().getPrimary() + " (" + getPerson() + ")";
  }

  @Override
  public Set<String> spellings() {
    return Set.of();
  }

  @Override
  public Set<CountryCode> countries() {
    return Set.of();
  }

  /**
   * A builder of memberships.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Membership}. The id, the person, the organization and the role are required:
   * {@code build()} throws {@link IllegalStateException} if one is unset. The builder refuses nulls
   * but checks no rule: validate the result with {@link dev.attache.validation.AttacheValidator}.
   * Not thread-safe.
   */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the membership, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Membership.class, id));
      return this;
    }

    /**
     * Sets the person by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the person, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder person(String id) {
      person(Ref.parse(Person.class, id));
      return this;
    }

    /**
     * Sets the organization by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the organization, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder organization(String id) {
      organization(Ref.parse(Organization.class, id));
      return this;
    }

    /**
     * Sets the role to one English name: {@code role("…")} for {@code role(Names.of("…"))}.
     *
     * @param englishName the name in English, not null
     * @return this builder
     * @throws InvalidValueException {@code names.blank} or {@code names.character} for a name
     *     that is blank or has a control character
     */
    public Builder role(String englishName) {
      role(Names.of(englishName));
      return this;
    }

    /**
     * Sets the period from its text: {@code period("2019/2025")}, {@code period("2021/..")}.
     *
     * @param text the range, {@code start/end} with {@code ..} for an open side, not null
     * @return this builder
     * @throws InvalidValueException {@code period.malformed} or {@code period.order}
     */
    public Builder period(String text) {
      period(DateRange.parse(text));
      return this;
    }
  }

}
