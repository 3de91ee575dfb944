package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.DayRange;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One attaché posting of a service in a host country: who (if known), its status, when the
 * attaché is expected ({@code plannedArrival}) and when they actually arrived and left. Each date
 * is qualified, because the sources rarely give more: "to arrive before the end of the year" is a
 * planned arrival {@code <=2025}; "already works there" on 2025-10-13 is an arrival
 * {@code <=2025-10-13}.
 *
 * <p>Rules: an {@code ACTIVE} posting has an arrival ({@code posting.active.arrival}); a
 * {@code COMPLETED} posting has a departure ({@code posting.completed.departure}); a
 * {@code PLANNED} or {@code IN_TRAINING} posting has no arrival yet
 * ({@code posting.planned.arrived}); the departure is not certainly before the arrival
 * ({@code posting.departure.order}). The dataset checks that a service has one active posting per
 * host country at a time.
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the rules, validation does.
 */
@Value.Immutable
@AttachePostingRules
public abstract sealed class AttachePosting implements Entity, WithAttachePosting
    permits ImmutableAttachePosting {
  AttachePosting() {}

  @Override
  public abstract Ref<AttachePosting> getId();

  /**
   * The attaché service the posting belongs to.
   *
   * @return the reference to the service, not null
   */
  public abstract Ref<AttacheService> getService();

  /**
   * The country the attaché is posted to.
   *
   * @return the host country, not null
   */
  public abstract CountryCode getHostCountry();

  /**
   * The attaché, when the sources name them.
   *
   * @return the reference to the person, or empty if the sources do not name them; not null
   */
  public abstract Optional<Ref<Person>> getPerson();

  /**
   * Where the posting stands, as the sources say.
   *
   * @return the status, not null
   */
  public abstract PostingStatus getStatus();

  /**
   * When the attaché is expected to arrive, with how sure that is.
   *
   * @return the planned arrival, or empty if not known; not null
   */
  public abstract Optional<QualifiedDate> getPlannedArrival();

  /**
   * When the attaché actually arrived.
   *
   * @return the arrival, or empty if they have not arrived or it is not known; not null
   */
  public abstract Optional<QualifiedDate> getArrival();

  /**
   * When the attaché left.
   *
   * @return the departure, or empty if they have not left or it is not known; not null
   */
  public abstract Optional<QualifiedDate> getDeparture();

  /**
   * What the attaché of this posting does, from the {@link Duty} catalogue.
   *
   * @return the duties, in catalogue order; unmodifiable, possibly empty, not null
   */
  public abstract Set<Duty> getDuties();

  /**
   * Duties outside the {@link Duty} catalogue, in English.
   *
   * @return the other duties, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @NoControlCharacters @Size(max = Limits.TEXT) String> getOtherDuties();

  /**
   * The states sources saw the posting in, each with its date and source: the training article's
   * {@code IN_TRAINING} beside a later article's {@code ACTIVE}. {@link #getStatus()} stays the
   * latest state; the observations keep the earlier ones.
   *
   * @return the observations, at most {@value Limits#ITEMS}; unmodifiable, possibly empty
   */
  @Size(max = Limits.ITEMS)
  public abstract List<StatusObservation<PostingStatus>> getObservations();

  /**
   * The state sources last saw the posting in on or before a day, as
   * {@link StatusObservation} orders dated observations.
   *
   * @param day the day, not null
   * @return the status seen, or empty when no dated observation precedes the day
   */
  public Optional<PostingStatus> statusOn(LocalDate day) {
    return StatusObservation.latestOn(getObservations(), day);
  }

  /**
   * True if the posting stands in its host country on the date, for its status:
   *
   * <ul>
   *   <li>{@code ACTIVE}, {@code COMPLETED}, {@code CANCELLED}: the attaché may have been there:
   *       on or after the earliest day the arrival may be, and on or before the latest day the
   *       departure may be. An arrival {@code <=2025-10-13} may be any day up to then; no
   *       departure, or one {@code >=2026}, does not limit. Without an arrival, never.
   *   <li>{@code PLANNED}, {@code IN_TRAINING}: the planned arrival is still to come: the date is
   *       not after the latest day it may be ({@code <=2025}: 2025-12-31). With no planned arrival,
   *       or one {@code NOT_BEFORE}, always.
   * </ul>
   *
   * Status is what the sources say and always wins: a posting planned "not later than 2025" is
   * never active on 2025-06-01, because nothing says the attaché arrived.
   *
   * @param date the day to ask about, not null
   * @return true if the posting stands in its host country on that day, as above
   */
  public boolean isOn(LocalDate date) {
    return daysOn().contains(date);
  }

  /**
   * The days on which the posting stands in its host country, as {@link #isOn} defines them: the
   * one definition behind that method and behind any store that answers the question from a range
   * of days.
   *
   * @return the days, unbounded on a side the dates do not limit; {@link DayRange#NONE} for a
   *     posting that is active, completed or cancelled without an arrival
   */
  public DayRange daysOn() {
    switch (getStatus()) {
      case PLANNED, IN_TRAINING -> {
        return new DayRange(LocalDate.MIN, getPlannedArrival()
            .map(QualifiedDate::latestPossible).orElse(LocalDate.MAX));
      }
      default -> {
        if (getArrival().isEmpty()) {
          return DayRange.NONE;
        }
        return new DayRange(getArrival().get().earliestPossible(),
            getDeparture().map(QualifiedDate::latestPossible).orElse(LocalDate.MAX));
      }
    }
  }

  /**
   * The days the attaché was certainly there: from the latest day the arrival may be to the
   * earliest day the departure may be (no departure: unbounded). Two active postings of one
   * service in one country whose certain days overlap break a dataset rule
   * ({@code dataset.posting.active.overlap}).
   *
   * @return the days, {@link DayRange#NONE} without an arrival, possibly empty otherwise
   */
  public DayRange daysCertainlyThere() {
    if (getArrival().isEmpty()) {
      return DayRange.NONE;
    }
    return new DayRange(getArrival().get().latestPossible(),
        getDeparture().map(QualifiedDate::earliestPossible).orElse(LocalDate.MAX));
  }

  @Override
  public List<Reference> references() {
    return References.of(this).one("service", getService(), AttacheService.class)
        .one("person", getPerson(), Person.class).observations(getObservations()).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getArrival().or(this::getPlannedArrival).map(QualifiedDate::getDate);
  }

  @Override
  public String label() {
    return "attaché posting in " + getHostCountry() + " (" + getStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
  }

  @Override
  public Set<String> spellings() {
    return Set.of();
  }

  @Override
  public Set<CountryCode> countries() {
    return Set.of(getHostCountry());
  }

  /**
   * Returns a new, empty builder of an attaché posting.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AttachePosting}: set at least the id, service, host country and status, then
   * call {@code build()}, which throws {@link dev.attache.common.InvalidValueException} ({@code
   * attributes.missing}) naming any of them left unset. A {@code null} argument throws {@code
   * NullPointerException}. The rules are not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAttachePosting.Builder {
    Builder() {}

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the attache posting, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(AttachePosting.class, id));
      return this;
    }

    /**
     * Sets the service by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the attache service, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder service(String id) {
      service(Ref.parse(AttacheService.class, id));
      return this;
    }

    /**
     * Sets the host country by its ISO 3166-1 alpha-2 code: {@code hostCountry("TM")}.
     *
     * @param code the country code, not null
     * @return this builder
     * @throws InvalidValueException {@code country.unknown} if the JDK does not know the code
     */
    public Builder hostCountry(String code) {
      hostCountry(CountryCode.parse(code));
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
     * Sets the planned arrival to a day, known exactly: {@code plannedArrival(LocalDate.of(2025,
     * 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder plannedArrival(LocalDate day) {
      plannedArrival(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the planned arrival from its text, with its qualifier: {@code plannedArrival("<=2025")},
     * {@code plannedArrival("~2019")}, {@code plannedArrival("2021-09")}.
     *
     * @param text the qualified date, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder plannedArrival(String text) {
      plannedArrival(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the arrival to a day, known exactly: {@code arrival(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder arrival(LocalDate day) {
      arrival(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the arrival from its text, with its qualifier: {@code arrival("<=2025")},
     * {@code arrival("~2019")}, {@code arrival("2021-09")}.
     *
     * @param text the qualified date, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder arrival(String text) {
      arrival(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the departure to a day, known exactly: {@code departure(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder departure(LocalDate day) {
      departure(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the departure from its text, with its qualifier: {@code departure("<=2025")},
     * {@code departure("~2019")}, {@code departure("2021-09")}.
     *
     * @param text the qualified date, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder departure(String text) {
      departure(QualifiedDate.parse(text));
      return this;
    }
  }
}
