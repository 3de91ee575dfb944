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
import java.util.Optional;

/**
 * The closed set of entity kinds, each with the prefix of its ids ({@code org:innopolis-university})
 * and its Java type.
 */
public enum EntityKind {
  SOURCE("source", Source.class),
  ORGANIZATION("org", Organization.class),
  PERSON("person", Person.class),
  MEMBERSHIP("membership", Membership.class),
  ATTACHE_SERVICE("attache-service", AttacheService.class),
  ATTACHE_POSTING("posting", AttachePosting.class),
  EXPORT_DEAL("deal", ExportDeal.class),
  AGREEMENT("agreement", Agreement.class),
  COMMISSION("commission", Commission.class),
  COMMISSION_SESSION("commission-session", CommissionSession.class),
  STRATEGY("strategy", Strategy.class),
  PROJECT("project", Project.class),
  TRAINING_PROGRAM("training", TrainingProgram.class),
  INFORMATION_SYSTEM("system", InformationSystem.class),
  EVENT("event", Event.class),
  INDICATOR("indicator", Indicator.class);

  private final String prefix;
  private final Class<? extends Entity> type;

  EntityKind(String prefix, Class<? extends Entity> type) {
    this.prefix = prefix;
    this.type = type;
  }

  /** The prefix of ids of this kind, before the colon. */
  public String getPrefix() {
    return prefix;
  }

  /** The Java type of entities of this kind. */
  public Class<? extends Entity> getType() {
    return type;
  }

  /** The kind whose ids start with this prefix. */
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

  /** The kind of a Java entity type, or of its implementation class. */
  public static EntityKind of(Class<? extends Entity> type) {
    EntityKind kind = BY_CLASS.get(type);
    if (kind == null) {
      throw new IllegalArgumentException("Not an entity type: " + type.getName());
    }
    return kind;
  }
}
