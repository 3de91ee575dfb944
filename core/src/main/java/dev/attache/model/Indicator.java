package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.Quantity;
import dev.attache.validation.NonNegative;
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
 * An observation about a country or an organization: "Russia has more than 20,000 accredited IT
 * companies", "digital attachés work in 19 countries". Rules: the count is not negative
 * ({@code value.negative}); an {@code OTHER} metric has a label ({@code indicator.metric.label}).
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the rules, validation does.
 */
@Value.Immutable
@IndicatorRules
public abstract sealed class Indicator implements Entity, WithIndicator permits ImmutableIndicator {
  Indicator() {}

  @Override
  public abstract Ref<Indicator> getId();

  /**
   * The country or organization observed.
   *
   * @return the subject, not null
   */
  public abstract Party getSubject();

  /**
   * What is counted, from the {@link Metric} catalogue.
   *
   * @return the metric, not null
   */
  public abstract Metric getMetric();

  /**
   * What is counted, in words; required for {@link Metric#OTHER}.
   *
   * @return the label, or empty if there is none; not null
   */
  public abstract Optional<@Valid Names> getLabel();

  /**
   * The value observed, with how it relates to the truth: "more than 20,000" is {@code >20000}.
   * Not negative ({@code value.negative}).
   *
   * @return the value, not null
   */
  @NonNegative
  public abstract Quantity getValue();

  /**
   * The unit, when the value is not a plain count: "percent", "USD million".
   *
   * @return the unit, non-blank, or empty for a plain count; not null
   */
  public abstract Optional<@NonBlank @NoControlCharacters @Size(max = Limits.NAME) String> getUnit();

  /**
   * The date the value holds on.
   *
   * @return the date, or empty if not known; not null
   */
  public abstract Optional<PartialDate> getAsOf();

  /**
   * How the value changed since a baseline: doubled over five years.
   *
   * @return the change, or empty if the source gives none; not null
   */
  public abstract Optional<@Valid Change> getChange();

  @Override
  public List<Reference> references() {
    return References.of(this).party("subject", getSubject()).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getAsOf();
  }

  @Override
  public String label() {
    return getLabel().map(Names::getPrimary).orElse(getMetric().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')) + " " + getValue();
  }

  @Override
  public Set<String> spellings() {
    return getLabel().map(Names::allSpellings).orElse(Set.of());
  }

  @Override
  public Set<CountryCode> countries() {
    return getSubject().getState().map(Set::of).orElse(Set.of());
  }

  /**
   * Returns a new, empty builder of an indicator.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Indicator}: set at least the id, subject, metric and value, then call {@code
   * build()}, which throws {@link dev.attache.common.InvalidValueException} ({@code
   * attributes.missing}) naming any of them left unset. A {@code null} argument throws {@code
   * NullPointerException}. The rules are not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the indicator, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Indicator.class, id));
      return this;
    }

    /**
     * Sets the subject from its text: a country code ({@code "RU"}) for a state, an id
     * ({@code "org:undp"}) for an organization.
     *
     * @param text the party, not null
     * @return this builder
     * @throws InvalidValueException {@code country.unknown}, {@code id.malformed} or
     *     {@code id.kind}
     */
    public Builder subject(String text) {
      subject(Party.parse(text));
      return this;
    }

    /**
     * Sets the label to one English name: {@code label("…")} for {@code label(Names.of("…"))}.
     *
     * @param englishName the name in English, not null
     * @return this builder
     * @throws InvalidValueException {@code names.blank} or {@code names.character} for a name
     *     that is blank or has a control character
     */
    public Builder label(String englishName) {
      label(Names.of(englishName));
      return this;
    }

    /**
     * Sets the as of to a day: {@code asOf(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder asOf(LocalDate day) {
      asOf(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the as of from its text, known to the year, month or day: {@code asOf("2021-09")}.
     *
     * @param text the date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder asOf(String text) {
      asOf(PartialDate.parse(text));
      return this;
    }
  }
}
