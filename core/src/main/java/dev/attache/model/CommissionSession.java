package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.Place;
import jakarta.validation.Valid;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One session of a {@link Commission}: its number (the 7th session), date, place and decisions.
 * The dataset checks it lies inside the commission's life.
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the constraints, validation does.
 */
@Value.Immutable
public abstract sealed class CommissionSession implements Entity, WithCommissionSession
    permits ImmutableCommissionSession {
  CommissionSession() {}

  @Override
  public abstract Ref<CommissionSession> getId();

  /**
   * The commission this is a session of.
   *
   * @return the reference to the commission, not null
   */
  public abstract Ref<Commission> getCommission();

  /**
   * The ordinal number of the session, counted from 1.
   *
   * @return the number, greater than 0 ({@code value.positive}), or empty if not known; not null
   */
  @Positive
  public abstract OptionalInt getNumber();

  /**
   * When the session was held.
   *
   * @return the date, as precisely as known; not null
   */
  public abstract PartialDate getDate();

  /**
   * Where the session was held.
   *
   * @return the place, or empty if not known; not null
   */
  public abstract Optional<@Valid Place> getPlace();

  /**
   * What the session decided, in our own words.
   *
   * @return the decisions, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @NoControlCharacters @Size(max = Limits.TEXT) String> getDecisions();

  @Override
  public List<Reference> references() {
    return References.of(this).one("commission", getCommission(), Commission.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return Optional.of(getDate());
  }

  @Override
  public String label() {
    return (getNumber().isPresent() ? "session " + getNumber().getAsInt() : "session") + " of " + getCommission();
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
   * Returns a new, empty builder of a commission session.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CommissionSession}: set at least the id, commission and date, then call {@code
   * build()}, which throws {@link dev.attache.common.InvalidValueException} ({@code
   * attributes.missing}) naming any of them left unset. A {@code null} argument throws {@code
   * NullPointerException}. The constraints are not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCommissionSession.Builder {
    Builder() {}

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the commission session, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(CommissionSession.class, id));
      return this;
    }

    /**
     * Sets the commission by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the commission, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder commission(String id) {
      commission(Ref.parse(Commission.class, id));
      return this;
    }

    /**
     * Sets the date to a day: {@code date(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder date(LocalDate day) {
      date(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the date from its text, known to the year, month or day: {@code date("2021-09")}.
     *
     * @param text the date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder date(String text) {
      date(PartialDate.parse(text));
      return this;
    }
  }
}
