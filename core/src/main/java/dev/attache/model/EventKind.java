package dev.attache.model;

/** What sort of thing an {@link Event} is. */
public enum EventKind {
  /** A meeting or talks between officials, delegations or organizations. */
  MEETING,
  /** An official visit by a state's leaders or delegation to another state. */
  OFFICIAL_VISIT,
  /** A working visit: a delegation comes to work on particular questions. */
  WORKING_VISIT,
  /** A lecture or master class. */
  LECTURE,
  /** A session of a training programme. */
  TRAINING_SESSION,
  /** A business mission: companies travel abroad to meet partners and customers. */
  BUSINESS_MISSION,
  /** A session of an intergovernmental commission. */
  COMMISSION_SESSION,
  /** A public announcement of something planned or done: a posting, an agreement, a project. */
  ANNOUNCEMENT,
  /** A decision or approval by a government body. */
  DECISION,
  /** A visit the source does not call official or working. */
  VISIT,
  /** A series of events under one name, such as a lecture series; its events are its parts. */
  SERIES,
  /** Anything else. */
  OTHER
}
