package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.common.DateRange;
import dev.attache.common.DayRange;
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

  /**
   * A date a source saw the person in the post, when that is all it says: a minister named in an
   * article of 13 October 2025 held the post that day, since when and until when unknown. It
   * places the membership in time without inventing a tenure ({@link #daysPossiblyHeld()}). It is
   * qualified where the date itself is deduced ({@code ~2019-05} for a year read from another
   * article).
   *
   * @return the date, or empty if there is no such observation; not null
   */
  public abstract Optional<QualifiedDate> getObservedOn();

  /**
   * The days on which the person may have held the post, the one definition behind
   * {@code Dataset.holders} and any store answering that question: the period's possible days; for
   * an observation without a period, every day (the tenure around it is unknown, so no day can be
   * ruled out); empty when neither places the membership in time.
   *
   * @return the days, or empty if the membership is not placed in time; not null
   */
  public Optional<DayRange> daysPossiblyHeld() {
    if (getPeriod().isPresent()) {
      return getPeriod().map(DateRange::possibleDays);
    }
    return getObservedOn().map(observed -> DayRange.ALL);
  }

  /**
   * The days on which the person certainly held the post, behind the overlap check of single-holder
   * posts: the period's certain days; for an observation without a period, its day when it is
   * stated to the day; otherwise none.
   *
   * @return the days, possibly {@link DayRange#NONE}; not null
   */
  public DayRange daysCertainlyHeld() {
    if (getPeriod().isPresent()) {
      return getPeriod().get().certainDays();
    }
    return getObservedOn().filter(QualifiedDate::isExact).map(QualifiedDate::getDate)
        .filter(day -> day.earliest().equals(day.latest()))
        .map(day -> new DayRange(day.earliest(), day.latest())).orElse(DayRange.NONE);
  }

  /**
   * How the membership is placed in time, as text: its period, or the day it was observed on
   * ({@code @2025-10-13}), or empty.
   *
   * @return the text, possibly empty; not null
   */
  public String describeTime() {
    return getPeriod().map(Object::toString)
        .or(() -> getObservedOn().map(day -> "@" + day)).orElse("");
  }

  @Override
  public List<Reference> references() {
    return References.of(this).one("person", getPerson(), Person.class).one("organization", getOrganization(), Organization.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getPeriod().flatMap(DateRange::getStart)
        .or(() -> getObservedOn().map(QualifiedDate::getDate));
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
   * {@code build()} throws {@link dev.attache.common.InvalidValueException} ({@code
   * attributes.missing}) if one is unset. The builder refuses nulls but checks no rule: validate
   * the result with {@link dev.attache.validation.AttacheValidator}. Not thread-safe.
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

    /**
     * Sets the observation date from its text: {@code 2025-10-13}, {@code 2025-10}, {@code ~2019}.
     *
     * @param text the date in the text form of {@link QualifiedDate}, not null
     * @return this builder
     * @throws InvalidValueException if the text is not a date
     */
    public Builder observedOn(String text) {
      observedOn(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the observation date to a date as stated.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder observedOn(PartialDate date) {
      observedOn(QualifiedDate.of(date));
      return this;
    }
  }

}
