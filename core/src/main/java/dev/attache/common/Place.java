package dev.attache.common;

import dev.attache.internal.Texts;
import dev.attache.validation.NoControlCharacters;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * Where something happened, as finely as the source says: a country, a region in it (Tatarstan),
 * a locality (a city or town: Kazan, Innopolis) and a site within the locality (a campus, a park,
 * a building). Invariant: a country or a locality; no text is blank.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Place implements WithPlace {
  Place() {}

  /**
   * The country, if known.
   *
   * @return the country, or empty when only the locality is known
   */
  public abstract Optional<CountryCode> getCountry();

  /**
   * A city, town or site, in English.
   *
   * @return the locality, at most {@value Limits#NAME} characters and not blank, or empty when
   *     only the country is known
   */
  public abstract Optional<@NoControlCharacters @Size(max = Limits.NAME) String> getLocality();

  /**
   * The region of the country the locality lies in (a republic, a province), in English.
   *
   * @return the region, at most {@value Limits#NAME} characters and not blank, or empty when not
   *     given
   */
  public abstract Optional<@NoControlCharacters @Size(max = Limits.NAME) String> getRegion();

  /**
   * A place below the locality: a district, a campus, a technology park, a building, in English.
   *
   * @return the site, at most {@value Limits#NAME} characters and not blank, or empty when not
   *     given
   */
  public abstract Optional<@NoControlCharacters @Size(max = Limits.NAME) String> getSite();

  /**
   * A place known only by its country.
   *
   * @param country the country, not null
   * @return the place
   */
  public static Place of(CountryCode country) {
    return ImmutablePlace.builder().country(country).build();
  }

  /**
   * A locality in a country.
   *
   * @param country the country, not null
   * @param locality the city, town or site, in English, not null
   * @return the place
   * @throws InvalidValueException {@code place.blank} if the locality is blank
   */
  public static Place of(CountryCode country, String locality) {
    return ImmutablePlace.builder().country(country).locality(locality).build();
  }

  /**
   * A new builder, with neither country nor locality.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@code Place}: {@code country(…)}, {@code locality(…)} or both, then
   * {@code build()}, which throws {@link InvalidValueException} {@code place.empty} if neither is
   * set and {@code place.blank} if the locality is blank. A builder is mutable and not
   * thread-safe.
   */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (getCountry().isEmpty() && getLocality().isEmpty()) {
      throw new InvalidValueException("place.empty",
          "Invalid place: a country, a locality or both are required");
    }
    blank("locality", getLocality());
    blank("region", getRegion());
    blank("site", getSite());
  }

  private static void blank(String part, Optional<String> text) {
    if (text.isPresent() && Texts.isBlank(text.get())) {
      throw new InvalidValueException("place.blank",
          "Invalid place: " + part + " " + InvalidValueException.quote(text.get()) + " is blank");
    }
  }

  /**
   * The place as text.
   *
   * @return the parts present from the finest to the country code, joined by commas
   *     ({@code Ashgabat, TM}; {@code Innopolis, Tatarstan, RU})
   */
  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ");
    getSite().ifPresent(text::add);
    getLocality().ifPresent(text::add);
    getRegion().ifPresent(text::add);
    getCountry().ifPresent(c -> text.add(c.toString()));
    return text.toString();
  }
}
