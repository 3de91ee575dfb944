package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.ReferenceData;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every entity has: an id, the sources it comes from and free-text notes (for example that a
 * year was deduced from context rather than stated). The set of entity kinds is closed, so a
 * {@code switch} over an {@code Entity} can be exhaustive.
 */
@CitesSource(groups = ReferenceData.class)
public sealed interface Entity
    permits Source, Organization, Person, Membership, AttacheService, AttachePosting, ExportDeal,
        Agreement, Commission, CommissionSession, Strategy, Project, TrainingProgram,
        InformationSystem, Event, Indicator, Statement {

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
  List<@NoControlCharacters @Size(max = Limits.TEXT) String> getNotes();

  /**
   * The kind of this entity.
   *
   * @return the kind of the id, which is the kind of this entity's type
   */
  default EntityKind entityKind() {
    return getId().getKind();
  }

  // Each kind's facts live on the kind, so that a new kind cannot be added without them.

  /**
   * Every reference this entity holds to another: its sources first, then the references of its
   * kind, in attribute order, each with its place in the entity.
   *
   * @return the references, unmodifiable; empty when it refers to nothing
   */
  List<Reference> references();

  /**
   * The date that places this entity on a timeline: when it happened or began (an event's date,
   * an agreement's signature, else its proposal, else its entry into force; a posting's arrival,
   * else its planned arrival; the start of a period; a source's publication).
   *
   * @return the date, or empty for an organization or a person, which have no date of their own,
   *     and when the attributes the date comes from are all absent
   */
  Optional<PartialDate> timelineDate();

  /**
   * A short name of this entity for people: its name or title, an event's summary, a posting's
   * host and status, an indicator's metric and value.
   *
   * @return one line of text, never empty
   */
  String label();

  /**
   * Every name and spelling a person may search for this entity by: its names and aliases in
   * every language, or its title.
   *
   * @return the spellings, unmodifiable; empty for the kinds that have no name
   */
  Set<String> spellings();

  /**
   * The countries this entity names itself (a host country, the states among its parties, its
   * place), not those of the entities it refers to.
   *
   * @return the countries, unmodifiable, without repeats; may be empty
   */
  Set<CountryCode> countries();
}
