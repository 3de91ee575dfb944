package dev.attache.economy;

/** The form of a {@link Strategy} document. */
public enum StrategyKind {
  CONCEPT,
  STRATEGY,
  PROGRAMME,
  NATIONAL_PROJECT,
  ROADMAP,
  /** A package of support measures, such as Russia's packages for the IT industry. */
  MEASURES_PACKAGE,
  OTHER
}
