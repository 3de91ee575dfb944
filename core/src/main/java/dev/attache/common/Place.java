package dev.attache.common;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something happened: a country, a locality in it, or both ({@code TM, Ashgabat}).
 * Invariant: at least one of the two; a locality is not blank.
 */
@Value.Immutable
public abstract class Place implements WithPlace {
  Place() {}

  public abstract Optional<CountryCode> getCountry();

  /** A city, town or site, in English. */
  public abstract Optional<@Size(max = Limits.NAME) String> getLocality();

  public static Place of(CountryCode country) {
    return ImmutablePlace.builder().country(country).build();
  }

  public static Place of(CountryCode country, String locality) {
    return ImmutablePlace.builder().country(country).locality(locality).build();
  }

  public static Builder builder() {
    return new Builder();
  }

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

  @Override
  public String toString() {
    return getLocality().map(l -> l + getCountry().map(c -> ", " + c).orElse(""))
        .orElseGet(() -> getCountry().get().toString());
  }
}
