package dev.attache.event;

/** What sort of thing an {@link Event} is. */
public enum EventKind {
  MEETING,
  OFFICIAL_VISIT,
  WORKING_VISIT,
  LECTURE,
  TRAINING_SESSION,
  BUSINESS_MISSION,
  COMMISSION_SESSION,
  ANNOUNCEMENT,
  /** A decision or approval by a government body. */
  DECISION,
  OTHER
}
