package dev.attache.common;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A country as its ISO 3166-1 alpha-2 code ({@code RU}, {@code TM}, {@code ZA}).
 *
 * <p>Only codes the JDK knows ({@link Locale#getISOCountries()}) are accepted; display names in
 * any language come from the JDK too. Instances are cached: there is one per code, so
 * {@code ==} works, but {@link #equals} is the contract. Text form: the code itself.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, CountryCode> KNOWN =
      Set.of(Locale.getISOCountries()).stream()
          .collect(Collectors.toUnmodifiableMap(Function.identity(), CountryCode::new));

  /** The ISO 3166-1 alpha-2 code, in upper case. */
  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * The country of an ISO 3166-1 alpha-2 code, in upper case.
   *
   * @param code the two-letter code in upper case ({@code TM}), not null
   * @return the country, the one cached instance for the code
   * @throws InvalidValueException with code {@code country.unknown} if the JDK does not know it,
   *     as for a code in lower case ({@code tm})
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    CountryCode known = KNOWN.get(code);
    if (known == null) {
      String upper = code.toUpperCase(java.util.Locale.ROOT);
      throw new InvalidValueException("country.unknown",
          "Invalid country code " + InvalidValueException.quote(code)
              + (!upper.equals(code) && KNOWN.containsKey(upper)
                  ? ": codes are upper case, " + InvalidValueException.quote(upper)
                  : ": not an ISO 3166-1 alpha-2 code known to the JDK"));
    }
    return known;
  }

  /**
   * Parses the text form, which is the code itself ({@code "TM"}).
   *
   * @param text the code in upper case, not null
   * @return the country, the one cached instance for the code
   * @throws InvalidValueException with code {@code country.unknown} if the JDK does not know it
   */
  public static CountryCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(text.toString());
  }

  /**
   * Every country the JDK knows, in code order; an unmodifiable set.
   *
   * @return the countries, in code order, not null
   */
  public static Set<CountryCode> all() {
    return ALL;
  }

  private static final Set<CountryCode> ALL = java.util.Collections.unmodifiableSet(
      KNOWN.values().stream().sorted()
          .collect(Collectors.<CountryCode, java.util.LinkedHashSet<CountryCode>>toCollection(
              java.util.LinkedHashSet::new)));

  /**
   * The two-letter code.
   *
   * @return the ISO 3166-1 alpha-2 code in upper case, such as {@code TM}
   */
  public String getCode() {
    return code;
  }

  /**
   * The country's name in the given language, as the JDK knows it ({@code "Turkmenistan"}).
   *
   * @param language the language to name the country in, not null
   * @return the name; in English, or at last the code, when the JDK has none in the language, as
   *     {@link Locale#getDisplayCountry(Locale)} does
   */
  public String getDisplayName(Locale language) {
    return new Locale("", code).getDisplayCountry(Objects.requireNonNull(language, "language"));
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCode that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The text form, which {@link #parse} reads back.
   *
   * @return the two-letter code, such as {@code TM}
   */
  @Override
  public String toString() {
    return code;
  }

  /**
   * Replaces a deserialized country with the cached instance, checking the code like any input.
   *
   * @return the cached instance for the code
   * @throws InvalidValueException with code {@code country.unknown} if the JDK does not know it
   */
  private Object readResolve() {
    return of(code);
  }
}
