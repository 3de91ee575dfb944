package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person, with every spelling of the name as names or aliases: "Hajymyrat Hudayguliyev" and
 * "Khadzhimyrat Khudaygulyev" are one person.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class Person implements Entity, Named, WithPerson permits ImmutablePerson {
  Person() {}

  @Override
  public abstract Ref<Person> getId();

  /**
   * The country of which the person is a citizen, if known.
   *
   * @return the country, or empty if not known
   */
  public abstract Optional<CountryCode> getCitizenship();

  @Override
  public List<Reference> references() {
    return References.of(this).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return Optional.empty();
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
    return getCitizenship().map(Set::of).orElse(Set.of());
  }

  /**
   * A builder of persons.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Person}. The id and the names are required: {@code build()} throws {@link
   * dev.attache.common.InvalidValueException} ({@code attributes.missing}) if one is unset. The
   * builder refuses nulls but checks no rule: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. Not thread-safe.
   */
  public static final class Builder extends ImmutablePerson.Builder {
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
     * @param id the id of the person, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Person.class, id));
      return this;
    }

    /**
     * Sets the citizenship by its ISO 3166-1 alpha-2 code: {@code citizenship("TM")}.
     *
     * @param code the country code, not null
     * @return this builder
     * @throws InvalidValueException {@code country.unknown} if the JDK does not know the code
     */
    public Builder citizenship(String code) {
      citizenship(CountryCode.parse(code));
      return this;
    }
  }
}
