package dev.attache.model;

/** The form of a {@link Strategy} document. */
public enum StrategyKind {
  /** A concept: the state's view of a field and the main directions of its development. */
  CONCEPT,
  /** A strategy: long-term goals and the ways to reach them. */
  STRATEGY,
  /** A state programme: measures, with those responsible and their funding, for a period. */
  PROGRAMME,
  /** A national project: a nationwide set of projects with targets, such as Russia's. */
  NATIONAL_PROJECT,
  /** A roadmap: steps to carry out, with dates. */
  ROADMAP,
  /** A package of support measures, such as Russia's packages for the IT industry. */
  MEASURES_PACKAGE,
  /** Any other form. */
  OTHER
}
