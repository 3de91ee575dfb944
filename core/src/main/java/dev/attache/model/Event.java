package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.Place;
import dev.attache.common.QualifiedDate;
import jakarta.validation.Valid;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something that happened: a meeting, an official or working visit, a lecture, a training session,
 * a business mission, a commission session, an announcement. It has a date (the first day, with
 * how sure it is) and for a span an end date, a place, participants, areas, related entities and
 * a short summary in our own words. Rule: the end is not before the date
 * ({@code event.end.order}).
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the rules, validation does.
 */
@Value.Immutable
@EventRules
public abstract sealed class Event implements Entity, HasCooperationAreas, WithEvent permits ImmutableEvent {
  Event() {}

  @Override
  public abstract Ref<Event> getId();

  /**
   * What sort of event it is.
   *
   * @return the kind, not null
   */
  public abstract EventKind getKind();

  /**
   * When it happened or began.
   *
   * @return the date, with how sure it is; not null
   */
  public abstract QualifiedDate getDate();

  /**
   * When a span of days ended: a visit from 3 to 14 March ends on the 14th.
   *
   * @return the end date, or empty for an event of one day or an unknown end; not null
   */
  public abstract Optional<PartialDate> getEndDate();

  /**
   * Where it happened.
   *
   * @return the place, or empty if not known; not null
   */
  public abstract Optional<@Valid Place> getPlace();

  /**
   * The people who took part.
   *
   * @return the references to the persons; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Person>> getPersons();

  /**
   * The organizations that took part.
   *
   * @return the references to the organizations; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getOrganizations();

  /**
   * Other entities it concerns: the agreement discussed, the posting announced.
   *
   * @return the references to the entities, of any kind; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<?>> getRelated();

  /**
   * The event this one is part of: a lecture given "as part of the visit", a lecture in a series.
   * Not the event itself ({@code event.part-of.self}).
   *
   * @return the reference to the whole, or empty if the event is not part of another; not null
   */
  public abstract Optional<Ref<Event>> getPartOf();

  /**
   * What happened, in a sentence or two of our own.
   *
   * @return the summary, not blank; not null
   */
  @NonBlank
  @NoControlCharacters
  @Size(max = Limits.TEXT)
  public abstract String getSummary();

  @Override
  public List<Reference> references() {
    return References.of(this).all("persons", getPersons(), Person.class).all("organizations", getOrganizations(), Organization.class).all("related", getRelated(), Entity.class)
        .one("partOf", getPartOf(), Event.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return Optional.of(getDate().getDate());
  }

  @Override
  public String label() {
    return getSummary();
  }

  @Override
  public Set<String> spellings() {
    return Set.of();
  }

  @Override
  public Set<CountryCode> countries() {
    return getPlace().flatMap(dev.attache.common.Place::getCountry).map(Set::of).orElse(Set.of());
  }

  /**
   * Returns a new, empty builder of an event.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Event}: set at least the id, kind, date and summary, then call {@code
   * build()}, which throws {@link dev.attache.common.InvalidValueException} ({@code
   * attributes.missing}) naming any of them left unset. A {@code null} argument throws {@code
   * NullPointerException}. The rules are not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the event, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Event.class, id));
      return this;
    }

    /**
     * Sets the date to a day, known exactly: {@code date(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder date(LocalDate day) {
      date(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the date from its text, with its qualifier: {@code date("<=2025")},
     * {@code date("~2019")}, {@code date("2021-09")}.
     *
     * @param text the qualified date, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder date(String text) {
      date(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the end date to a day: {@code endDate(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder endDate(LocalDate day) {
      endDate(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the end date from its text, known to the year, month or day: {@code endDate("2021-09")}.
     *
     * @param text the date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder endDate(String text) {
      endDate(PartialDate.parse(text));
      return this;
    }
  }
}
