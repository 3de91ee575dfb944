package dev.attache.common;

import dev.attache.party.Organization;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A side of an agreement, a commission, a deal or an observation: a state (by its country code)
 * or an organization (by reference). Invariant: exactly one of the two.
 *
 * <p>Text form: the country code ({@code RU}) or the organization id ({@code org:undp}).
 */
@Value.Immutable
public abstract class Party implements Comparable<Party> {
  Party() {}

  public abstract Optional<CountryCode> getState();

  public abstract Optional<Ref<Organization>> getOrganization();

  /** A state as a party. */
  public static Party state(CountryCode country) {
    return ImmutableParty.builder().state(country).build();
  }

  /** A state as a party, by its code. */
  public static Party state(String countryCode) {
    return state(CountryCode.of(countryCode));
  }

  /** An organization as a party. */
  public static Party organization(Ref<Organization> organization) {
    return ImmutableParty.builder().organization(organization).build();
  }

  /** Parses a country code or an organization id. */
  public static Party parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    return value.indexOf(':') >= 0
        ? organization(Ref.parse(value, Organization.class))
        : state(CountryCode.parse(value));
  }

  @Value.Check
  void check() {
    if (getState().isPresent() == getOrganization().isPresent()) {
      throw new InvalidValueException("party.exactly-one",
          "Invalid party: exactly one of state and organization is required, got "
              + (getState().isPresent() ? "both" : "neither"));
    }
  }

  /** True if the party is a state. */
  public boolean isState() {
    return getState().isPresent();
  }

  @Override
  public int compareTo(Party other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return getState().map(CountryCode::toString)
        .orElseGet(() -> getOrganization().get().toString());
  }
}
