package dev.attache.common;

import dev.attache.internal.Texts;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something happened: a country, a locality in it, or both ({@code Ashgabat, TM}).
 * Invariant: at least one of the two; a locality is not blank.
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
  public abstract Optional<@Size(max = Limits.NAME) String> getLocality();

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
    if (getLocality().isPresent() && Texts.isBlank(getLocality().get())) {
      throw new InvalidValueException("place.blank",
          "Invalid place: locality " + InvalidValueException.quote(getLocality().get())
              + " is blank");
    }
  }

  /**
   * The place as text.
   *
   * @return the locality, a comma and the country code ({@code Ashgabat, TM}), or either alone
   */
  @Override
  public String toString() {
    return getLocality().map(l -> l + getCountry().map(c -> ", " + c).orElse(""))
        .orElseGet(() -> getCountry().get().toString());
  }
}
