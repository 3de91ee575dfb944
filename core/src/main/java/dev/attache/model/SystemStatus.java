package dev.attache.model;

/** The life stage of an {@link InformationSystem}. */
public enum SystemStatus {
  /** Planned or being built; not in use yet. */
  PLANNED,
  /** In pilot operation: tried out before full use. */
  PILOT,
  /** In full operation. */
  PRODUCTION,
  /** Taken out of operation. */
  RETIRED
}
