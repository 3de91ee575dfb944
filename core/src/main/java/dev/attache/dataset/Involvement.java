package dev.attache.dataset;

import dev.attache.attache.AttachePosting;
import dev.attache.attache.AttacheService;
import dev.attache.attache.ExportDeal;
import dev.attache.capacity.Project;
import dev.attache.capacity.TrainingProgram;
import dev.attache.common.CountryCode;
import dev.attache.common.Entity;
import dev.attache.common.Party;
import dev.attache.common.Place;
import dev.attache.common.Ref;
import dev.attache.cooperation.Agreement;
import dev.attache.cooperation.Commission;
import dev.attache.cooperation.CommissionSession;
import dev.attache.economy.Indicator;
import dev.attache.economy.InformationSystem;
import dev.attache.economy.Strategy;
import dev.attache.event.Event;
import dev.attache.party.Membership;
import dev.attache.party.Organization;
import dev.attache.party.Person;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The countries an entity involves: its own country fields, the states among its parties, the
 * countries of the organizations and the citizenship of the persons it refers to (whichever
 * {@link References} lists), the place it happened, and for a posting the service's sending
 * country, for a session its commission's. Used by the timeline between two countries.
 */
final class Involvement {
  private final Function<Ref<?>, Optional<Entity>> resolve;

  Involvement(Function<Ref<?>, Optional<Entity>> resolve) {
    this.resolve = resolve;
  }

  /** The countries of an entity whose references ({@link References#targets}) are given. */
  Collection<CountryCode> countries(Entity entity, List<Reference> references) {
    Collection<CountryCode> countries = new Countries();
    for (Reference reference : references) {
      if (reference.expected() == Organization.class) {
        resolve.apply(reference.target()).filter(Organization.class::isInstance)
            .flatMap(o -> ((Organization) o).getCountry()).ifPresent(countries::add);
      } else if (reference.expected() == Person.class) {
        resolve.apply(reference.target()).filter(Person.class::isInstance)
            .flatMap(p -> ((Person) p).getCitizenship()).ifPresent(countries::add);
      }
    }
    if (entity instanceof Organization e) {
      e.getCountry().ifPresent(countries::add);
    } else if (entity instanceof Person e) {
      e.getCitizenship().ifPresent(countries::add);
    } else if (entity instanceof AttacheService e) {
      countries.add(e.getSendingCountry());
    } else if (entity instanceof AttachePosting e) {
      countries.add(e.getHostCountry());
      resolve.apply(e.getService()).filter(AttacheService.class::isInstance)
          .ifPresent(s -> countries.add(((AttacheService) s).getSendingCountry()));
    } else if (entity instanceof ExportDeal e) {
      e.getCustomer().getState().ifPresent(countries::add);
    } else if (entity instanceof Agreement e) {
      states(e.getParties(), countries);
    } else if (entity instanceof Commission e) {
      states(e.getParties(), countries);
    } else if (entity instanceof CommissionSession e) {
      place(e.getPlace(), countries);
      resolve.apply(e.getCommission()).filter(Commission.class::isInstance)
          .ifPresent(c -> countries.addAll(countries(c, References.targets(c))));
    } else if (entity instanceof Strategy e) {
      countries.add(e.getCountry());
    } else if (entity instanceof Project e) {
      countries.addAll(e.getRecipientCountries());
    } else if (entity instanceof TrainingProgram e) {
      countries.addAll(e.getHostCountries());
      place(e.getPlace(), countries);
    } else if (entity instanceof InformationSystem e) {
      countries.add(e.getCountry());
    } else if (entity instanceof Event e) {
      place(e.getPlace(), countries);
    } else if (entity instanceof Indicator e) {
      e.getSubject().getState().ifPresent(countries::add);
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

  private static void states(List<Party> parties, Collection<CountryCode> countries) {
    for (Party party : parties) {
      party.getState().ifPresent(countries::add);
    }
  }

  private static void place(Optional<Place> place, Collection<CountryCode> countries) {
    place.flatMap(Place::getCountry).ifPresent(countries::add);
  }
}
