package dev.attache.party;

import dev.attache.common.CountryCode;
import dev.attache.common.Entity;
import dev.attache.common.Named;
import dev.attache.common.Ref;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person, with every spelling of the name as names or aliases: "Hajymyrat Hudayguliyev" and
 * "Khadzhimyrat Khudaygulyev" are one person.
 */
@Value.Immutable
public abstract sealed class Person implements Entity, Named, WithPerson permits ImmutablePerson {
  Person() {}

  @Override
  public abstract Ref<Person> getId();

  public abstract Optional<CountryCode> getCitizenship();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
