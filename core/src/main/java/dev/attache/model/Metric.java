package dev.attache.model;

/** What an {@link Indicator} counts. {@link #OTHER} needs a label. */
public enum Metric {
  /** IT companies accredited by the state, as in Russia's register of accredited IT companies. */
  ACCREDITED_IT_COMPANIES,
  /** Universities that teach an IT programme. */
  UNIVERSITIES_WITH_IT_PROGRAMME,
  /** Universities that teach an artificial-intelligence programme. */
  UNIVERSITIES_WITH_AI_PROGRAMME,
  /** Countries where digital attachés work. */
  COUNTRIES_WITH_ATTACHES,
  /** Specialists trained. */
  SPECIALISTS_TRAINED,
  /** Government agencies whose staff were trained. */
  GOVERNMENT_AGENCIES_TRAINED,
  /** Anything else; the indicator's label says what ({@code indicator.metric.label}). */
  OTHER
}
