package dev.attache.common;

import dev.attache.attache.AttachePosting;
import dev.attache.attache.AttacheService;
import dev.attache.attache.ExportDeal;
import dev.attache.capacity.Project;
import dev.attache.capacity.TrainingProgram;
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
import dev.attache.validation.CitesSource;
import dev.attache.validation.ReferenceData;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What every entity has: an id, the sources it comes from and free-text notes (for example that a
 * year was deduced from context rather than stated). The set of entity kinds is closed, so a
 * {@code switch} over an {@code Entity} can be exhaustive.
 */
@CitesSource(groups = ReferenceData.class)
public sealed interface Entity
    permits Source, Organization, Person, Membership, AttacheService, AttachePosting, ExportDeal,
        Agreement, Commission, CommissionSession, Strategy, Project, TrainingProgram,
        InformationSystem, Event, Indicator {

  /**
   * The id, unique in a dataset: {@code org:innopolis-university}.
   *
   * @return the id, of this entity's kind
   */
  Ref<? extends Entity> getId();

  /**
   * The sources this entity's facts come from.
   *
   * @return the references to the sources, at most {@value Limits#SOURCES}; may be empty, though
   *     in reference data every entity but a {@link Source} cites at least one
   *     ({@link CitesSource}, checked with the {@link ReferenceData} group)
   */
  @Size(max = Limits.SOURCES)
  List<Ref<Source>> getSources();

  /**
   * Remarks about the facts: what is deduced rather than stated, what is uncertain.
   *
   * @return the notes, at most {@value Limits#NOTES} of at most {@value Limits#TEXT} characters
   *     each; may be empty
   */
  @Size(max = Limits.NOTES)
  List<@Size(max = Limits.TEXT) String> getNotes();

  /**
   * The kind of this entity.
   *
   * @return the kind of the id, which is the kind of this entity's type
   */
  default EntityKind entityKind() {
    return getId().getKind();
  }
}
