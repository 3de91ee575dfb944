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
import java.util.Optional;
import java.util.function.Function;

/**
 * The countries an entity involves: its own country fields, the states among its parties, the
 * countries of the organizations and the citizenship of the persons it refers to, the place it
 * happened, and for a posting the service's sending country, for a session its commission's.
 * Used by the timeline between two countries.
 */
final class Involvement {
  private final Function<Ref<?>, Optional<Entity>> resolve;

  Involvement(Function<Ref<?>, Optional<Entity>> resolve) {
    this.resolve = resolve;
  }

  Collection<CountryCode> countries(Entity entity) {
    Collection<CountryCode> countries = new Countries();
    if (entity instanceof Organization e) {
      e.getCountry().ifPresent(countries::add);
    } else if (entity instanceof Person e) {
      e.getCitizenship().ifPresent(countries::add);
    } else if (entity instanceof Membership e) {
      person(e.getPerson(), countries);
      organization(e.getOrganization(), countries);
    } else if (entity instanceof AttacheService e) {
      countries.add(e.getSendingCountry());
    } else if (entity instanceof AttachePosting e) {
      countries.add(e.getHostCountry());
      resolve.apply(e.getService()).filter(AttacheService.class::isInstance)
          .map(AttacheService.class::cast)
          .ifPresent(s -> countries.add(s.getSendingCountry()));
    } else if (entity instanceof ExportDeal e) {
      organization(e.getExporter(), countries);
      party(e.getCustomer(), countries);
    } else if (entity instanceof Agreement e) {
      e.getParties().forEach(p -> party(p, countries));
    } else if (entity instanceof Commission e) {
      e.getParties().forEach(p -> party(p, countries));
    } else if (entity instanceof CommissionSession e) {
      place(e.getPlace(), countries);
      resolve.apply(e.getCommission()).filter(Commission.class::isInstance)
          .ifPresent(c -> countries.addAll(countries(c)));
    } else if (entity instanceof Strategy e) {
      countries.add(e.getCountry());
    } else if (entity instanceof Project e) {
      countries.addAll(e.getRecipientCountries());
      e.getParticipants().forEach(p -> organization(p.getOrganization(), countries));
    } else if (entity instanceof TrainingProgram e) {
      countries.addAll(e.getHostCountries());
      organizations(e.getProviders(), countries);
      organizations(e.getLecturers(), countries);
      e.getParticipantCounts().forEach(c -> organization(c.getOrganization(), countries));
      place(e.getPlace(), countries);
    } else if (entity instanceof InformationSystem e) {
      countries.add(e.getCountry());
    } else if (entity instanceof Event e) {
      place(e.getPlace(), countries);
      e.getPersons().forEach(p -> person(p, countries));
      organizations(e.getOrganizations(), countries);
    } else if (entity instanceof Indicator e) {
      party(e.getSubject(), countries);
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

  private void party(Party party, Collection<CountryCode> countries) {
    party.getState().ifPresent(countries::add);
    party.getOrganization().ifPresent(o -> organization(o, countries));
  }

  private void organizations(Collection<Ref<Organization>> refs, Collection<CountryCode> countries) {
    refs.forEach(r -> organization(r, countries));
  }

  private void organization(Ref<Organization> ref, Collection<CountryCode> countries) {
    resolve.apply(ref).filter(Organization.class::isInstance).map(Organization.class::cast)
        .flatMap(Organization::getCountry).ifPresent(countries::add);
  }

  private void person(Ref<Person> ref, Collection<CountryCode> countries) {
    resolve.apply(ref).filter(Person.class::isInstance).map(Person.class::cast)
        .flatMap(Person::getCitizenship).ifPresent(countries::add);
  }

  private static void place(Optional<Place> place, Collection<CountryCode> countries) {
    place.flatMap(Place::getCountry).ifPresent(countries::add);
  }
}
