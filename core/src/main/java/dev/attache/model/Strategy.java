package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A national digital-economy concept, strategy, programme or project: "Concept for the Development
 * of the Digital Economy in Turkmenistan, 2019–2025".
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the constraints, validation does.
 */
@Value.Immutable
public abstract sealed class Strategy implements Entity, HasCooperationAreas, Named, WithStrategy permits ImmutableStrategy {
  Strategy() {}

  @Override
  public abstract Ref<Strategy> getId();

  /**
   * The form of the document: concept, strategy, programme and so on.
   *
   * @return the kind, not null
   */
  public abstract StrategyKind getKind();

  /**
   * The country whose strategy it is.
   *
   * @return the country, not null
   */
  public abstract CountryCode getCountry();

  /**
   * The body that adopted or owns it.
   *
   * @return the reference to the owner, or empty if not known; not null
   */
  public abstract Optional<Ref<Organization>> getOwner();

  /**
   * When it was adopted or approved.
   *
   * @return the date, or empty if not known; not null
   */
  public abstract Optional<PartialDate> getAdoptedOn();

  /**
   * The period it covers.
   *
   * @return the period, or empty if not known; not null
   */
  public abstract Optional<DateRange> getPeriod();

  /**
   * What it aims at, in our own words.
   *
   * @return the goals, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @NoControlCharacters @Size(max = Limits.TEXT) String> getGoals();

  @Override
  public List<Reference> references() {
    return References.of(this).one("owner", getOwner(), Organization.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getAdoptedOn().or(() -> getPeriod().flatMap(DateRange::getStart));
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
    return Set.of(getCountry());
  }

  /**
   * Returns a new, empty builder of a strategy.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Strategy}: set at least the id, names, kind and country, then call {@code
   * build()}, which throws {@link dev.attache.common.InvalidValueException} ({@code
   * attributes.missing}) naming any of them left unset. A {@code null} argument throws {@code
   * NullPointerException}. The constraints are not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableStrategy.Builder {
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
     * @param id the id of the strategy, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Strategy.class, id));
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
     * Sets the owner by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the organization, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder owner(String id) {
      owner(Ref.parse(Organization.class, id));
      return this;
    }

    /**
     * Sets the adopted on to a day: {@code adoptedOn(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder adoptedOn(LocalDate day) {
      adoptedOn(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the adopted on from its text, known to the year, month or day: {@code
     * adoptedOn("2021-09")}.
     *
     * @param text the date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder adoptedOn(String text) {
      adoptedOn(PartialDate.parse(text));
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
