package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.Place;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An article or document that facts come from: its title, outlet, author and publication date
 * as the article gives them (each absent when it gives none: never invented), its language and
 * address. A note may describe an untitled article in our own words.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@SourceRules
public abstract sealed class Source implements Entity, WithSource permits ImmutableSource {
  Source() {}

  @Override
  public abstract Ref<Source> getId();

  /**
   * The title of the article as published, if it has one (many news items have none).
   *
   * @return the title, or empty if the article has none
   */
  public abstract Optional<@NonBlank @NoControlCharacters @Size(max = Limits.TITLE) String> getTitle();

  /**
   * The outlet that published it (a news agency, a newspaper, a ministry's site), if stated.
   *
   * @return the outlet's name, or empty if not stated
   */
  public abstract Optional<@NonBlank @NoControlCharacters @Size(max = Limits.NAME) String> getOutlet();

  /**
   * The author, if stated.
   *
   * @return the author's name, or empty if not stated
   */
  public abstract Optional<@NonBlank @NoControlCharacters @Size(max = Limits.NAME) String> getAuthor();

  /**
   * Where the item was filed from, as its dateline gives it ({@code ASHGABAT (nCa) —}).
   *
   * @return the place, or empty if the item has no dateline
   */
  public abstract Optional<@Valid Place> getDateline();

  /**
   * When it was published, to the precision the article gives, if it gives one.
   *
   * @return the publication date, or empty if the article gives none
   */
  public abstract Optional<PartialDate> getPublishedOn();

  /**
   * Another date the item carries, when it differs from {@link #getPublishedOn()}: the date of a
   * record or a copy whose byline gives another day. Kept so that neither date is lost; the notes
   * say which is which.
   *
   * @return the other date, or empty if there is none
   */
  public abstract Optional<PartialDate> getOtherDate();

  /**
   * The bodies whose words the item reports, when it names them: a government's press release, a
   * ministry's press service.
   *
   * @return the ids of the organizations, possibly empty; not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getOriginators();

  /**
   * The BCP 47 tag of the language it is written in: {@code en}, {@code ru}.
   *
   * @return the language tag, not null
   */
  @NonBlank
  @NoControlCharacters
  @Size(max = 35)
  public abstract String getLanguage();

  /**
   * Where it can be read: an absolute http or https address.
   *
   * @return the address, or empty if none is known
   */
  public abstract Optional<URI> getUrl();

  @Override
  public List<Reference> references() {
    return References.of(this).all("originators", getOriginators(), Organization.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getPublishedOn();
  }

  @Override
  public String label() {
    return getTitle().or(this::getOutlet).orElse(getId().toString());
  }

  @Override
  public Set<String> spellings() {
    return getTitle().map(Set::of).orElse(Set.of());
  }

  @Override
  public Set<CountryCode> countries() {
    return Set.of();
  }

  /**
   * A builder of sources.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Source}. The id and the language are required: {@code build()} throws {@link
   * dev.attache.common.InvalidValueException} ({@code attributes.missing}) if one is unset. The
   * builder refuses nulls but checks no rule: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. Not thread-safe.
   */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the source, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Source.class, id));
      return this;
    }

    /**
     * Sets the published on to a day: {@code publishedOn(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder publishedOn(LocalDate day) {
      publishedOn(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the published on from its text, known to the year, month or day: {@code
     * publishedOn("2021-09")}.
     *
     * @param text the date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder publishedOn(String text) {
      publishedOn(PartialDate.parse(text));
      return this;
    }
  }
}
