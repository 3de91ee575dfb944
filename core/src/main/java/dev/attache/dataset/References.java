package dev.attache.dataset;

import dev.attache.attache.AttachePosting;
import dev.attache.attache.AttacheService;
import dev.attache.attache.ExportDeal;
import dev.attache.capacity.Project;
import dev.attache.capacity.TrainingProgram;
import dev.attache.common.Entity;
import dev.attache.common.Party;
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
import dev.attache.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every reference an entity holds to another, with its place; the one list the checks use. */
public final class References {
  private References() {}

  /**
   * The references of an entity, in attribute order: its sources first, then the references of
   * its kind.
   *
   * @param entity the entity, not null
   * @return one {@link Reference} for each reference it holds, each with its pointer; a new list
   */
  public static List<Reference> of(Entity entity) {
    return collect(entity, true);
  }

  /**
   * The references of an entity without their pointers (each {@code pointer()} is empty): what
   * an index needs, without a string made for every reference of a million entities.
   */
  static List<Reference> targets(Entity entity) {
    return collect(entity, false);
  }

  private static List<Reference> collect(Entity entity, boolean pointers) {
    Collector out = new Collector(pointers);
    out.all("/sources", entity.getSources(), Source.class);
    if (entity instanceof Organization e) {
      out.one("/parent", e.getParent(), Organization.class);
    } else if (entity instanceof Membership e) {
      out.one("/person", e.getPerson(), Person.class);
      out.one("/organization", e.getOrganization(), Organization.class);
    } else if (entity instanceof AttacheService e) {
      out.all("/responsibleBodies", e.getResponsibleBodies(), Organization.class);
    } else if (entity instanceof AttachePosting e) {
      out.one("/service", e.getService(), AttacheService.class);
      out.one("/person", e.getPerson(), Person.class);
    } else if (entity instanceof ExportDeal e) {
      out.one("/posting", e.getPosting(), AttachePosting.class);
      out.one("/exporter", e.getExporter(), Organization.class);
      out.party("/customer", e.getCustomer());
    } else if (entity instanceof Agreement e) {
      out.parties("/parties", e.getParties());
    } else if (entity instanceof Commission e) {
      out.parties("/parties", e.getParties());
    } else if (entity instanceof CommissionSession e) {
      out.one("/commission", e.getCommission(), Commission.class);
    } else if (entity instanceof Strategy e) {
      out.one("/owner", e.getOwner(), Organization.class);
    } else if (entity instanceof Project e) {
      for (int i = 0; i < e.getParticipants().size(); i++) {
        out.one(out.at("/participants", i, "/organization"),
            e.getParticipants().get(i).getOrganization(), Organization.class);
      }
    } else if (entity instanceof TrainingProgram e) {
      out.all("/providers", e.getProviders(), Organization.class);
      out.all("/lecturers", e.getLecturers(), Organization.class);
      out.all("/participatingOrganizations", e.getParticipatingOrganizations(),
          Organization.class);
      for (int i = 0; i < e.getParticipantCounts().size(); i++) {
        out.one(out.at("/participantCounts", i, "/organization"),
            e.getParticipantCounts().get(i).getOrganization(), Organization.class);
      }
      out.one("/project", e.getProject(), Project.class);
      out.one("/attacheService", e.getAttacheService(), AttacheService.class);
    } else if (entity instanceof InformationSystem e) {
      out.one("/operator", e.getOperator(), Organization.class);
      out.all("/participants", e.getParticipants(), Organization.class);
      out.one("/project", e.getProject(), Project.class);
    } else if (entity instanceof Event e) {
      out.all("/persons", e.getPersons(), Person.class);
      out.all("/organizations", e.getOrganizations(), Organization.class);
      out.all("/related", e.getRelated(), Entity.class);
    } else if (entity instanceof Indicator e) {
      out.party("/subject", e.getSubject());
    } else if (!(entity instanceof Person || entity instanceof Source)) {
      throw new AssertionError("unknown entity kind " + entity.getClass());
    }
    return out.references;
  }

  private static final class Collector {
    final List<Reference> references = new ArrayList<>();
    final boolean pointers;

    Collector(boolean pointers) {
      this.pointers = pointers;
    }

    void one(String pointer, Ref<? extends Entity> ref, Class<? extends Entity> expected) {
      references.add(new Reference(pointer, ref, expected));
    }

    /** The pointer of an element (and a property of it), made only when pointers are wanted. */
    private String at(String pointer, int index) {
      return pointers ? pointer + "/" + index : "";
    }

    private String at(String pointer, int index, String property) {
      return pointers ? pointer + "/" + index + property : "";
    }

    void one(String pointer, Optional<? extends Ref<? extends Entity>> ref,
        Class<? extends Entity> expected) {
      ref.ifPresent(r -> one(pointer, r, expected));
    }

    void all(String pointer, List<? extends Ref<? extends Entity>> refs,
        Class<? extends Entity> expected) {
      for (int i = 0; i < refs.size(); i++) {
        one(at(pointer, i), refs.get(i), expected);
      }
    }

    void party(String pointer, Party party) {
      one(pointer, party.getOrganization(), Organization.class);
    }

    void parties(String pointer, List<Party> parties) {
      for (int i = 0; i < parties.size(); i++) {
        party(at(pointer, i), parties.get(i));
      }
    }
  }
}
