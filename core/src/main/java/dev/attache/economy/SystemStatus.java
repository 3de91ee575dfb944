package dev.attache.economy;

/** The life stage of an {@link InformationSystem}. */
public enum SystemStatus {
  PLANNED,
  PILOT,
  PRODUCTION,
  RETIRED
}
