package dev.attache.dataset;

import dev.attache.model.AttachePosting;
import dev.attache.model.AttacheService;
import dev.attache.model.ExportDeal;
import dev.attache.model.PostingStatus;
import dev.attache.model.Project;
import dev.attache.model.TrainingProgram;
import dev.attache.common.CountryCode;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Party;
import dev.attache.model.Ref;
import dev.attache.model.Agreement;
import dev.attache.model.Commission;
import dev.attache.model.CommissionSession;
import dev.attache.model.CooperationArea;
import dev.attache.model.Indicator;
import dev.attache.model.InformationSystem;
import dev.attache.model.Strategy;
import dev.attache.model.Event;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Person;
import dev.attache.model.Source;
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An immutable collection of entities of every kind, with the checks no single entity can make
 * and the questions users ask of such data.
 *
 * <p>Building never fails on bad data: a dataset with duplicate ids or dangling references is
 * built, and {@link #checkIntegrity()} reports what is wrong ({@link #validate()} adds every
 * entity's own problems). Every index is built once, with the dataset; lookups cost a hash probe
 * or a binary search plus the size of the answer.
 *
 * <h2>Partial dates in queries</h2>
 *
 * A query includes what the dates <em>allow</em>; a check reports only what the dates
 * <em>prove</em>. A posting active from {@code 2021} is returned for a question about
 * 2021-03-01, because it may have begun by then; two postings overlap for the integrity check only
 * when some day certainly lies in both. Status is what the sources say and always wins over dates:
 * a posting {@code PLANNED} to arrive "not later than 2025" is never returned as active on
 * 2025-06-01 (nothing says it arrived), and it is returned as planned on that date, because its
 * arrival window ({@code <=2025}) has not closed. See each query for its exact rule.
 *
 * <p>Instances are immutable and safe to share between threads; the index behind the searches by
 * name is built on the first search.
 */
public final class Dataset {
  private static final Dataset EMPTY = new Dataset(List.of());

  private final List<Entity> entities;
  private final Map<Ref<?>, Integer> positionById;
  private final Map<EntityKind, List<Entity>> byKind;
  private final Queries queries;
  private volatile NameIndex names;
  /** Guards the lazy name index; private, so no caller can hold it. */
  private final Object namesLock = new Object();

  private Dataset(List<Entity> entities) {
    this.entities = entities;
    this.positionById = new HashMap<>(Math.max(16, entities.size() * 4 / 3 + 1));
    Map<EntityKind, List<Entity>> byKind = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    for (int i = 0; i < entities.size(); i++) {
      Entity entity = entities.get(i);
      positionById.putIfAbsent(entity.getId(), i);
      byKind.get(EntityKind.of(entity.getClass())).add(entity);
    }
    byKind.replaceAll((kind, list) -> Collections.unmodifiableList(list));
    this.byKind = byKind;

    this.queries = new Queries(entities, positionById);
  }

  /**
   * A dataset of these entities, in this order. Duplicate ids and dangling references are kept,
   * for {@link #checkIntegrity()} to report.
   *
   * @param entities the entities, not null, nor any of them null; copied
   * @return the dataset, not null
   */
  public static Dataset of(Collection<? extends Entity> entities) {
    return entities.isEmpty() ? EMPTY : new Dataset(List.copyOf(entities));
  }

  /**
   * A dataset of the entities of a stream, in stream order.
   *
   * @param entities the stream, not null, nor any of its entities null; consumed
   * @return the dataset, not null
   */
  public static Dataset of(Stream<? extends Entity> entities) {
    return of(entities.map(Entity.class::cast).toList());
  }

  /**
   * The dataset with no entities.
   *
   * @return the empty dataset, shared, not null
   */
  public static Dataset empty() {
    return EMPTY;
  }

  /**
   * A builder, to add entities one by one.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects entities for a {@link Dataset}. Not thread-safe; the dataset it builds is. */
  public static final class Builder {
    private final List<Entity> entities = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an entity after those added so far.
     *
     * @param entity the entity, not null
     * @return this builder
     */
    public Builder add(Entity entity) {
      entities.add(Objects.requireNonNull(entity, "entity"));
      return this;
    }

    /**
     * Adds entities after those added so far, in order.
     *
     * @param entities the entities, not null, nor any of them null
     * @return this builder
     */
    public Builder add(Entity... entities) {
      for (Entity entity : entities) {
        add(entity);
      }
      return this;
    }

    /**
     * Adds entities after those added so far, in the collection's iteration order.
     *
     * @param entities the entities, not null, nor any of them null
     * @return this builder
     */
    public Builder addAll(Collection<? extends Entity> entities) {
      entities.forEach(this::add);
      return this;
    }

    /**
     * Builds a dataset of the entities added so far, in the order added. Never fails on bad data;
     * the builder may go on adding and build again.
     *
     * @return the dataset, not null
     */
    public Dataset build() {
      return Dataset.of(entities);
    }
  }

  // ---------------------------------------------------------------- access

  /**
   * The number of entities.
   *
   * @return the number of entities, repeated ids counted each time; zero or more
   */
  public int size() {
    return entities.size();
  }

  /**
   * Every entity, in the order given.
   *
   * @return the entities, an unmodifiable list, not null
   */
  public List<Entity> entities() {
    return entities;
  }

  /**
   * The entities of one type, in the order given.
   *
   * @param <T> the entity type
   * @param type the entity type, such as {@code Agreement.class}, not null
   * @return the entities of that type, an unmodifiable list, not null
   * @throws IllegalArgumentException if {@code type} is not the type of one entity kind, as
   *     {@code Entity.class} is not
   */
  @SuppressWarnings("unchecked")
  public <T extends Entity> List<T> all(Class<T> type) {
    return (List<T>) byKind.get(EntityKind.of(type));
  }

  /**
   * The entity with this id, if there is one of the referenced type.
   *
   * @param <T> the type of the referenced entity
   * @param id the id, not null
   * @return the first entity with this id, or empty if there is none or it is of another type
   */
  public <T extends Entity> Optional<T> get(Ref<T> id) {
    return find(id).filter(id.getType()::isInstance).map(id.getType()::cast);
  }

  /**
   * The entity with this id text ({@code org:undp}), if there is one of the given type.
   *
   * @param <T> the entity type
   * @param id the id text, not null
   * @param type the type wanted, not null
   * @return the first entity with this id, or empty if there is none or it is of another type
   * @throws dev.attache.common.InvalidValueException if the text is not an id
   *     ({@code id.malformed}) or its prefix names no kind ({@code id.kind})
   */
  public <T extends Entity> Optional<T> get(String id, Class<T> type) {
    return find(Ref.parse(id)).filter(type::isInstance).map(type::cast);
  }

  /**
   * The entity with this id, of whatever type; the first if the id is repeated.
   *
   * @param id the id, not null
   * @return the entity, or empty if no entity has this id
   */
  public Optional<Entity> find(Ref<?> id) {
    Integer position = positionById.get(id);
    return position == null ? Optional.empty() : Optional.of(entities.get(position));
  }

  /**
   * The sources: the articles and documents the facts come from.
   *
   * @return every {@link Source}, in the order given, an unmodifiable list, not null
   */
  public List<Source> sources() {
    return all(Source.class);
  }

  /**
   * The organizations: ministries, agencies, universities, companies, funds and the like.
   *
   * @return every {@link Organization}, in the order given, an unmodifiable list, not null
   */
  public List<Organization> organizations() {
    return all(Organization.class);
  }

  /**
   * The persons.
   *
   * @return every {@link Person}, in the order given, an unmodifiable list, not null
   */
  public List<Person> persons() {
    return all(Person.class);
  }

  /**
   * The memberships: who held which post in which organization when.
   *
   * @return every {@link Membership}, in the order given, an unmodifiable list, not null
   */
  public List<Membership> memberships() {
    return all(Membership.class);
  }

  /**
   * The digital attaché services of states.
   *
   * @return every {@link AttacheService}, in the order given, an unmodifiable list, not null
   */
  public List<AttacheService> attacheServices() {
    return all(AttacheService.class);
  }

  /**
   * The attaché postings of the services in host countries.
   *
   * @return every {@link AttachePosting}, in the order given, an unmodifiable list, not null
   */
  public List<AttachePosting> postings() {
    return all(AttachePosting.class);
  }

  /**
   * The export deals attachés report on.
   *
   * @return every {@link ExportDeal}, in the order given, an unmodifiable list, not null
   */
  public List<ExportDeal> exportDeals() {
    return all(ExportDeal.class);
  }

  /**
   * The agreements, memoranda, treaties and roadmaps.
   *
   * @return every {@link Agreement}, in the order given, an unmodifiable list, not null
   */
  public List<Agreement> agreements() {
    return all(Agreement.class);
  }

  /**
   * The intergovernmental commissions.
   *
   * @return every {@link Commission}, in the order given, an unmodifiable list, not null
   */
  public List<Commission> commissions() {
    return all(Commission.class);
  }

  /**
   * The sessions of the commissions.
   *
   * @return every {@link CommissionSession}, in the order given, an unmodifiable list, not null
   */
  public List<CommissionSession> commissionSessions() {
    return all(CommissionSession.class);
  }

  /**
   * The national digital-economy concepts, strategies and programmes.
   *
   * @return every {@link Strategy}, in the order given, an unmodifiable list, not null
   */
  public List<Strategy> strategies() {
    return all(Strategy.class);
  }

  /**
   * The donor-funded projects.
   *
   * @return every {@link Project}, in the order given, an unmodifiable list, not null
   */
  public List<Project> projects() {
    return all(Project.class);
  }

  /**
   * The training programmes.
   *
   * @return every {@link TrainingProgram}, in the order given, an unmodifiable list, not null
   */
  public List<TrainingProgram> trainingPrograms() {
    return all(TrainingProgram.class);
  }

  /**
   * The digital-government information systems.
   *
   * @return every {@link InformationSystem}, in the order given, an unmodifiable list, not null
   */
  public List<InformationSystem> informationSystems() {
    return all(InformationSystem.class);
  }

  /**
   * The events: meetings, visits, lectures, missions, announcements.
   *
   * @return every {@link Event}, in the order given, an unmodifiable list, not null
   */
  public List<Event> events() {
    return all(Event.class);
  }

  /**
   * The indicators: observations about countries and organizations.
   *
   * @return every {@link Indicator}, in the order given, an unmodifiable list, not null
   */
  public List<Indicator> indicators() {
    return all(Indicator.class);
  }

  /**
   * The statements, in dataset order.
   *
   * @return the statements, an unmodifiable list, not null
   */
  public List<dev.attache.model.Statement> statements() {
    return all(dev.attache.model.Statement.class);
  }

  /**
   * How many entities of each kind, in kind order; kinds with none are left out.
   *
   * @return the counts by kind, an unmodifiable map, not null
   */
  public Map<EntityKind, Integer> countByKind() {
    Map<EntityKind, Integer> counts = new EnumMap<>(EntityKind.class);
    byKind.forEach((kind, list) -> {
      if (!list.isEmpty()) {
        counts.put(kind, list.size());
      }
    });
    return Collections.unmodifiableMap(counts);
  }

  // ---------------------------------------------------------------- checks

  /**
   * The problems of the dataset as a whole, in English; see {@link #checkIntegrity(Locale)}.
   *
   * @return the problems, by entity position, an unmodifiable list; empty if there are none
   */
  public List<Problem> checkIntegrity() {
    return checkIntegrity(Locale.ENGLISH);
  }

  /**
   * The problems of the dataset as a whole: duplicate ids, ids of the wrong kind, references to
   * nothing or to the wrong kind, parent cycles, overlapping active postings and single-holder
   * memberships, commission sessions outside the commission's life. Each points into the dataset
   * ({@code /entities/<position>/…}); codes are listed in {@code PROBLEMS.md}.
   *
   * @param locale the language of the messages, not null; English where it has no message
   * @return the problems, by entity position, then pointer and code, an unmodifiable list; empty
   *     if there are none
   */
  public List<Problem> checkIntegrity(Locale locale) {
    return new IntegrityCheck(this, locale).run();
  }

  /**
   * Every entity's own problems (under {@code /entities/<position>}) and the dataset's, in
   * English.
   *
   * @return the problems, an unmodifiable list; empty if there are none
   * @see #validate(Locale)
   */
  public List<Problem> validate() {
    return validate(Locale.ENGLISH);
  }

  /**
   * As {@link #validate()}, with messages in the given language. Each entity is validated in the
   * default group by {@link AttacheValidator#standard()}.
   *
   * @param locale the language of the messages, not null; English where it has no message
   * @return each entity's problems in entity order, then those of
   *     {@link #checkIntegrity(Locale)}; an unmodifiable list, empty if there are none
   */
  public List<Problem> validate(Locale locale) {
    List<Problem> problems = new ArrayList<>();
    AttacheValidator validator = AttacheValidator.standard();
    for (int i = 0; i < entities.size(); i++) {
      for (Problem problem : validator.validate(entities.get(i), locale)) {
        problems.add(problem.under("/entities/" + i));
      }
    }
    problems.addAll(checkIntegrity(locale));
    return Collections.unmodifiableList(problems);
  }

  // ---------------------------------------------------------------- queries

  /**
   * The postings in a host country on a date, of the given statuses (any if none), by id:
   * those for which {@link AttachePosting#isOn(LocalDate)} holds.
   *
   * <ul>
   *   <li>{@code ACTIVE}, {@code COMPLETED}, {@code CANCELLED}: when the attaché may have been
   *       there on the date: on or after the earliest day the arrival may be, and on or before the
   *       latest day the departure may be. An arrival {@code <=2025-10-13} may be any day up to
   *       then; no departure, or one {@code >=2026}, does not limit. Without an arrival they are
   *       not placed in time and not returned.
   *   <li>{@code PLANNED}, {@code IN_TRAINING}: while the planned arrival is still to come: the
   *       date is not after the latest day the planned arrival may be ({@code <=2025} and
   *       {@code ~2025}: 2025-12-31). With no planned arrival, or one {@code NOT_BEFORE}, there
   *       is no such limit.
   * </ul>
   *
   * Their duties are on each posting ({@link AttachePosting#getDuties()}).
   *
   * @param host the host country, not null
   * @param date the date, not null
   * @param statuses the statuses wanted, none for any; not null, nor any of them null
   * @return the postings, sorted by id, an unmodifiable list, not null
   */
  public List<AttachePosting> postings(CountryCode host, LocalDate date, PostingStatus... statuses) {
    return queries.postings(host, date, statuses);
  }

  /**
   * The postings in a host country on a date, as {@link #postings(CountryCode, LocalDate,
   * PostingStatus...)}, with the country as its code: {@code postings("TM", date)}.
   *
   * @param host the ISO 3166-1 alpha-2 code of the host country, not null
   * @param date the date, not null
   * @param statuses the statuses wanted, none for any; not null, nor any of them null
   * @return the postings, sorted by id, an unmodifiable list, not null
   * @throws dev.attache.common.InvalidValueException {@code country.unknown} if the code is not a
   *     country
   */
  public List<AttachePosting> postings(String host, LocalDate date, PostingStatus... statuses) {
    return postings(CountryCode.parse(host), date, statuses);
  }

  /**
   * The agreements between two parties in force on a date, by id: those for which
   * {@link Agreement#isInForceOn(LocalDate)} holds.
   *
   * <p>An agreement is in force on a date when its status says it entered into force
   * ({@code IN_FORCE}, {@code EXPIRED}, {@code TERMINATED}) or it is {@code SIGNED} with a known
   * in-force date, and the date may lie between its start (in force from, else signed) and its
   * expiry: from the earliest day the start may mean to the latest the expiry may mean. An
   * {@code EXPIRED} or {@code TERMINATED} agreement with no expiry date ended at an unknown time
   * and is returned for any date after its start.
   *
   * @param a one party, not null
   * @param b the other party, not null
   * @param date the date, not null
   * @return the agreements that have both parties among theirs, sorted by id, an unmodifiable
   *     list, not null
   */
  public List<Agreement> agreementsInForce(Party a, Party b, LocalDate date) {
    return queries.agreementsInForce(a, b, date);
  }

  /**
   * The areas of the agreements between two parties in force on a date, as
   * {@link #agreementsInForce} finds them.
   *
   * @param a one party, not null
   * @param b the other party, not null
   * @param date the date, not null
   * @return the areas of any of those agreements, in enum order, an unmodifiable set, not null
   */
  public Set<CooperationArea> areasInForce(Party a, Party b, LocalDate date) {
    Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
    agreementsInForce(a, b, date).forEach(agreement -> areas.addAll(agreement.getAreas()));
    return Collections.unmodifiableSet(areas);
  }

  /**
   * Every dated entity that involves both countries, in date order (a date known to the year
   * before the more precise dates inside it; equal dates by id), with the sources it cites. What
   * "involves" means is listed in {@code Involvement}: country fields, states among parties, the
   * countries of referenced organizations and persons, places, a posting's sending country.
   *
   * @param a one country, not null
   * @param b the other country, not null
   * @return the entries, an unmodifiable list, not null
   */
  public List<TimelineEntry> timeline(CountryCode a, CountryCode b) {
    return queries.timeline(a, b, this::sourcesOf);
  }

  /**
   * The timeline of two countries, as {@link #timeline(CountryCode, CountryCode)}, with the
   * countries as their codes: {@code timeline("RU", "TM")}.
   *
   * @param a the ISO 3166-1 alpha-2 code of one country, not null
   * @param b the code of the other country, not null
   * @return the entries, an unmodifiable list, not null
   * @throws dev.attache.common.InvalidValueException {@code country.unknown} if a code is not a
   *     country
   */
  public List<TimelineEntry> timeline(String a, String b) {
    return timeline(CountryCode.parse(a), CountryCode.parse(b));
  }

  /**
   * The sources an entity cites that are in this dataset, in the order it cites them.
   *
   * @param entity the entity, not null; it need not be in this dataset
   * @return the sources found, an unmodifiable list; cited sources missing from the dataset are
   *     left out
   */
  public List<Source> sourcesOf(Entity entity) {
    List<Source> sources = new ArrayList<>(entity.getSources().size());
    for (Ref<Source> ref : entity.getSources()) {
      get(ref).ifPresent(sources::add);
    }
    return Collections.unmodifiableList(sources);
  }

  /**
   * Who held a post in an organization on a date: the memberships whose role has a name or alias
   * equal to {@code role} (ignoring case, script and romanization) and whose period may contain
   * the date. Memberships without a period are not placed in time and not returned.
   *
   * @param organization the id of the organization, not null
   * @param role the name of the post in any language or spelling, not null
   * @param date the date, not null
   * @return the memberships, sorted by id, an unmodifiable list, not null
   */
  public List<Membership> holders(Ref<Organization> organization, String role, LocalDate date) {
    return queries.holders(organization, role, date);
  }

  /**
   * Everything that refers to an entity: what a person or organization took part in (events,
   * memberships, projects, agreements, trainings, …), what cites a source. In timeline order,
   * entities without a date last, then by id.
   *
   * @param id the id of the entity, not null; it need not be in this dataset
   * @return the entities that refer to it, each once, an unmodifiable list, not null
   */
  public List<Entity> involving(Ref<?> id) {
    return queries.involving(id);
  }

  /** The entity at a position. */
  Entity at(int position) {
    return entities.get(position);
  }

  /** The position of the first entity with this id, or -1. */
  int positionOf(Ref<?> id) {
    return positionById.getOrDefault(id, -1);
  }

  /**
   * Finds entities by any name or alias, in any language, script or common romanization, closest
   * first: exact spellings, then equal but for case and diacritics, then equal after
   * transliteration, then those containing every word, then every word prefix. Each entity once.
   *
   * @param name the name or words of it, as typed, not null
   * @return the entities found, closest first, equally close ones by id; an unmodifiable list,
   *     empty if none
   * @see NameMatch.Quality
   */
  public List<Entity> search(String name) {
    return searchMatches(name).stream().map(NameMatch::entity).toList();
  }

  /**
   * As {@link #search(String)}, keeping only entities of a type.
   *
   * @param <T> the entity type
   * @param name the name or words of it, as typed, not null
   * @param type the type wanted, not null; {@code Entity.class} keeps every entity
   * @return the entities of that type found, closest first, an unmodifiable list, not null
   */
  public <T extends Entity> List<T> search(String name, Class<T> type) {
    return searchMatches(name).stream().map(NameMatch::entity).filter(type::isInstance)
        .map(type::cast).toList();
  }

  /**
   * As {@link #search(String)}, with the spelling that matched and how closely.
   *
   * @param name the name or words of it, as typed, not null
   * @return the matches, closest first, equally close ones by id; an unmodifiable list, not null
   */
  public List<NameMatch> searchMatches(String name) {
    Objects.requireNonNull(name, "name");
    NameIndex index = names;
    if (index == null) {
      synchronized (namesLock) {
        index = names;
        if (index == null) {
          // built on first use: a dataset that is never searched does not pay for it
          index = new NameIndex(entities);
          names = index;
        }
      }
    }
    return index.find(name);
  }

  @Override
  public String toString() {
    return "Dataset" + countByKind();
  }
}
