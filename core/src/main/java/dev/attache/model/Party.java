package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A side of an agreement, a commission, a deal or an observation: a state (by its country code)
 * or an organization (by reference). Invariant: exactly one of the two.
 *
 * <p>Text form: the country code ({@code RU}) or the organization id ({@code org:undp}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party implements Comparable<Party> {
  Party() {}

  /**
   * The state, when the party is a state.
   *
   * @return the state's country code, or empty when the party is an organization
   */
  public abstract Optional<CountryCode> getState();

  /**
   * The organization, when the party is an organization.
   *
   * @return the reference to the organization, or empty when the party is a state
   */
  public abstract Optional<Ref<Organization>> getOrganization();

  /**
   * A state as a party.
   *
   * @param country the state's country code, not null
   * @return the party
   */
  public static Party state(CountryCode country) {
    return ImmutableParty.builder().state(country).build();
  }

  /**
   * A state as a party, by its code.
   *
   * @param countryCode the ISO 3166-1 alpha-2 code in upper case, such as {@code RU}, not null
   * @return the party
   * @throws InvalidValueException {@code country.unknown} if the JDK does not know the code
   */
  public static Party state(String countryCode) {
    return state(CountryCode.of(countryCode));
  }

  /**
   * An organization as a party.
   *
   * @param organization the reference to the organization, not null
   * @return the party
   */
  public static Party organization(Ref<Organization> organization) {
    return ImmutableParty.builder().organization(organization).build();
  }

  /**
   * Parses a country code or an organization id. Text with a colon is read as an id.
   *
   * @param text the text form, such as {@code RU} or {@code org:undp}, not null
   * @return the party
   * @throws InvalidValueException {@code country.unknown} for an unknown country code; for an id,
   *     as {@link Ref#parse(Class, CharSequence)}: {@code id.malformed}, or {@code id.kind} if it
   *     is not an {@code org:} id
   */
  public static Party parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    return value.indexOf(':') >= 0
        ? organization(Ref.parse(Organization.class, value))
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

  /**
   * True if the party is a state.
   *
   * @return true for a state, false for an organization
   */
  public boolean isState() {
    return getState().isPresent();
  }

  /**
   * Compares the text forms, so states (upper-case codes) come before organizations, each in
   * alphabetical order.
   *
   * @param other the party to compare with, not null
   * @return a negative number, zero or a positive number as this party comes before, with or after
   *     the other
   */
  @Override
  public int compareTo(Party other) {
    return toString().compareTo(other.toString());
  }

  /**
   * The text form, which {@link #parse} reads back.
   *
   * @return the country code ({@code RU}) or the organization id ({@code org:undp})
   */
  @Override
  public String toString() {
    return getState().map(CountryCode::toString)
        .orElseGet(() -> getOrganization().get().toString());
  }

  /** The states among parties, in order, without repeats. */
  static java.util.Set<CountryCode> states(java.util.List<Party> parties) {
    java.util.Set<CountryCode> states = new java.util.LinkedHashSet<>();
    for (Party party : parties) {
      party.getState().ifPresent(states::add);
    }
    return java.util.Collections.unmodifiableSet(states);
  }
}
