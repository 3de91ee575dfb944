package dev.attache.model;

/** Where an {@link AttachePosting} stands. */
public enum PostingStatus {
  /** Decided or announced; nobody has arrived. */
  PLANNED,
  /** The attaché is being trained for the posting. */
  IN_TRAINING,
  /** The attaché works in the host country; needs an arrival date. */
  ACTIVE,
  /** The posting has ended; needs an end date. */
  COMPLETED,
  /** The posting will not happen or was broken off. */
  CANCELLED
}
