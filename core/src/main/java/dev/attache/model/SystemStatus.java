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
  RETIRED,
  /**
   * Not given by the source: a system presented or named without its stage. Better than a stage
   * the source does not support.
   */
  UNKNOWN
}
