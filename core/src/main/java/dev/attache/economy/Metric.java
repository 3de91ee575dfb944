package dev.attache.economy;

/** What an {@link Indicator} counts. {@link #OTHER} needs a label. */
public enum Metric {
  ACCREDITED_IT_COMPANIES,
  UNIVERSITIES_WITH_IT_PROGRAMME,
  UNIVERSITIES_WITH_AI_PROGRAMME,
  COUNTRIES_WITH_ATTACHES,
  SPECIALISTS_TRAINED,
  GOVERNMENT_AGENCIES_TRAINED,
  OTHER
}
