package dev.attache.cooperation;

/** The form of an {@link Agreement}. */
public enum AgreementKind {
  MEMORANDUM,
  AGREEMENT,
  TREATY,
  PROTOCOL,
  ROADMAP,
  /** Terms of cooperation between organizations. */
  COOPERATION_TERMS,
  OTHER
}
