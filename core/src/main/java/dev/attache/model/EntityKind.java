package dev.attache.model;

import java.util.Optional;

/**
 * The closed set of entity kinds, each with the prefix of its ids
 * ({@code org:innopolis-university}) and its Java type.
 */
public enum EntityKind {
  /** An article or document that facts come from; ids {@code source:…}. */
  SOURCE("source", Source.class),
  /**
   * A ministry, agency, university, IT park, company or international organization; ids
   * {@code org:…}.
   */
  ORGANIZATION("org", Organization.class),
  /** A person: a minister, a rector, an attaché; ids {@code person:…}. */
  PERSON("person", Person.class),
  /** A post a person held in an organization for a time; ids {@code membership:…}. */
  MEMBERSHIP("membership", Membership.class),
  /** A state's digital attaché service; ids {@code attache-service:…}. */
  ATTACHE_SERVICE("attache-service", AttacheService.class),
  /** One attaché posting of a service in a host country; ids {@code posting:…}. */
  ATTACHE_POSTING("posting", AttachePosting.class),
  /** An export deal an attaché reports on; ids {@code deal:…}. */
  EXPORT_DEAL("deal", ExportDeal.class),
  /**
   * A memorandum, agreement, treaty, protocol or roadmap between states or organizations; ids
   * {@code agreement:…}.
   */
  AGREEMENT("agreement", Agreement.class),
  /** An intergovernmental commission; ids {@code commission:…}. */
  COMMISSION("commission", Commission.class),
  /** One session of an intergovernmental commission; ids {@code commission-session:…}. */
  COMMISSION_SESSION("commission-session", CommissionSession.class),
  /** A national digital-economy concept, strategy or programme; ids {@code strategy:…}. */
  STRATEGY("strategy", Strategy.class),
  /** A donor-funded project; ids {@code project:…}. */
  PROJECT("project", Project.class),
  /** A training programme, such as one for a cohort of attachés; ids {@code training:…}. */
  TRAINING_PROGRAM("training", TrainingProgram.class),
  /**
   * A digital-government system: an electronic data interchange system, a public-services portal;
   * ids {@code system:…}.
   */
  INFORMATION_SYSTEM("system", InformationSystem.class),
  /** Something that happened: a meeting, a visit, a lecture, a mission; ids {@code event:…}. */
  EVENT("event", Event.class),
  /**
   * An observation about a country or an organization, such as a count of IT companies; ids
   * {@code indicator:…}.
   */
  INDICATOR("indicator", Indicator.class),
  /**
   * Something a person or an organization said on the record: an assessment, a forecast, an
   * announcement; ids {@code statement:…}.
   */
  STATEMENT("statement", Statement.class);

  private final String prefix;
  private final Class<? extends Entity> type;

  EntityKind(String prefix, Class<? extends Entity> type) {
    this.prefix = prefix;
    this.type = type;
  }

  /**
   * The prefix of ids of this kind, before the colon.
   *
   * @return the prefix without the colon, such as {@code org}
   */
  public String getPrefix() {
    return prefix;
  }

  /**
   * The Java type of entities of this kind.
   *
   * @return the abstract entity type, such as {@code Organization.class}
   */
  public Class<? extends Entity> getType() {
    return type;
  }

  /**
   * True if an entity that refers to one of this kind involves that one's countries, on the
   * timeline of two countries ({@code Dataset.timeline}): an organization's country, a person's
   * citizenship, a service's sending country, the states of a commission. A project that names a
   * ministry involves the ministry's country; an event that cites a source does not involve the
   * source's.
   *
   * @return true for organizations, persons, attaché services and commissions
   */
  public boolean carriesCountries() {
    return this == ORGANIZATION || this == PERSON || this == ATTACHE_SERVICE
        || this == COMMISSION;
  }

  /**
   * The kind whose ids start with this prefix.
   *
   * @param prefix the prefix without the colon, such as {@code org}, not null
   * @return the kind, or empty if no kind has this prefix (the match is case-sensitive)
   */
  public static Optional<EntityKind> ofPrefix(String prefix) {
    for (EntityKind kind : values()) {
      if (kind.prefix.equals(prefix)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static final ClassValue<EntityKind> BY_CLASS = new ClassValue<>() {
    @Override
    protected EntityKind computeValue(Class<?> type) {
      for (EntityKind kind : values()) {
        if (kind.type.isAssignableFrom(type)) {
          return kind;
        }
      }
      return null;
    }
  };

  /**
   * The kind of a Java entity type, or of its implementation class.
   *
   * @param type the entity type, such as {@code Organization.class}, not null
   * @return the kind whose type is {@code type} or a supertype of it
   * @throws IllegalArgumentException if {@code type} is of no kind ({@link Entity} itself)
   */
  public static EntityKind of(Class<? extends Entity> type) {
    EntityKind kind = BY_CLASS.get(type);
    if (kind == null) {
      throw new IllegalArgumentException("Not an entity type: " + type.getName());
    }
    return kind;
  }
}
