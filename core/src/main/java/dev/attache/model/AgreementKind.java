package dev.attache.model;

/** The form of an {@link Agreement}. */
public enum AgreementKind {
  /** A memorandum of understanding or of cooperation: a statement of shared intentions. */
  MEMORANDUM,
  /** An agreement, intergovernmental or between agencies or organizations. */
  AGREEMENT,
  /** A treaty between states. */
  TREATY,
  /** A protocol: one that amends or supplements an agreement, or records the results of talks. */
  PROTOCOL,
  /** A roadmap: a plan of joint steps, usually with dates. */
  ROADMAP,
  /** Terms of cooperation between organizations. */
  COOPERATION_TERMS,
  /** Any other form. */
  OTHER
}
