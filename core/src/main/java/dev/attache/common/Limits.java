package dev.attache.common;

/**
 * Upper bounds on every string and collection of the model, so that no input is unbounded.
 * They are generous for real data and small enough that a hostile document cannot make a value
 * of unbounded size; each is enforced by a Jakarta {@code @Size} constraint on the attribute.
 */
public final class Limits {
  /** A name, an alias, a role, a topic, a locality. */
  public static final int NAME = 300;
  /** A title of an agreement, strategy, project, article. */
  public static final int TITLE = 500;
  /** A summary, a note, a goal, a result, a decision, a duty description. */
  public static final int TEXT = 4000;
  /** A URL. */
  public static final int URL = 2000;

  /** Languages of one {@code Names}. */
  public static final int LANGUAGES = 20;
  /** Aliases of one {@code Names}. */
  public static final int ALIASES = 100;
  /** Sources cited by one entity. */
  public static final int SOURCES = 50;
  /** Notes of one entity. */
  public static final int NOTES = 20;
  /** Parties of an agreement or commission. */
  public static final int PARTIES = 50;
  /** Short lists: goals, results, topics, decisions, certifications, free-text areas, duties. */
  public static final int ITEMS = 200;
  /** References to other entities held by one entity: participants, agencies, providers. */
  public static final int REFERENCES = 1000;

  private Limits() {}
}
