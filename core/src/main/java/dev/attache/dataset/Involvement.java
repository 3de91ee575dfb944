package dev.attache.dataset;

import dev.attache.common.CountryCode;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Ref;
import dev.attache.model.Reference;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The countries an entity involves, for the timeline between two countries: those it names itself
 * ({@link Entity#countries()}: its country fields, the states among its parties, its place) and
 * those of the organizations, persons, attaché services and commissions it refers to (a
 * ministry's country, a person's citizenship, a service's sending country, the states of a
 * commission): the kinds that {@link EntityKind#carriesCountries()}.
 */
final class Involvement {
  private final Function<Ref<?>, Optional<Entity>> resolve;

  Involvement(Function<Ref<?>, Optional<Entity>> resolve) {
    this.resolve = resolve;
  }

  /** The countries of an entity. */
  Collection<CountryCode> countries(Entity entity) {
    Collection<CountryCode> countries = new Countries();
    countries.addAll(entity.countries());
    List<Reference> references = entity.references();
    for (int i = 0; i < references.size(); i++) {
      Reference reference = references.get(i);
      if (reference.expected() != Entity.class
          && EntityKind.of(reference.expected()).carriesCountries()) {
        resolve.apply(reference.target()).filter(reference.expected()::isInstance)
            .ifPresent(target -> countries.addAll(target.countries()));
      }
    }
    return countries;
  }

  /** A few countries without repeats: a list beats a tree set at this size. */
  private static final class Countries extends java.util.ArrayList<CountryCode> {
    private static final long serialVersionUID = 1L;

    Countries() {
      super(4);
    }

    @Override
    public boolean add(CountryCode country) {
      return !contains(country) && super.add(country);
    }

    @Override
    public boolean addAll(Collection<? extends CountryCode> more) {
      boolean changed = false;
      for (CountryCode country : more) {
        changed |= add(country);
      }
      return changed;
    }
  }
}
