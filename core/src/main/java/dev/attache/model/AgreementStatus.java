package dev.attache.model;

/**
 * Where an {@link Agreement} stands. An agreement "reached" but not yet signed is {@link #AGREED}.
 * From {@link #SIGNED} on, an agreement has a signature date.
 */
public enum AgreementStatus {
  /** Proposed; the parties are not negotiating it yet. */
  PROPOSED,
  /** The parties are negotiating the text. */
  NEGOTIATING,
  /** The parties agreed on the text; it is not signed yet. */
  AGREED,
  /** Signed, and not known to have entered into force. */
  SIGNED,
  /** Signed and in force. */
  IN_FORCE,
  /** No longer in force: its term ended. */
  EXPIRED,
  /** No longer in force: it was terminated rather than left to expire. */
  TERMINATED;

  /**
   * True from {@link #SIGNED} on: the agreement has been signed.
   *
   * @return true for {@code SIGNED}, {@code IN_FORCE}, {@code EXPIRED} and {@code TERMINATED}
   */
  public boolean isSigned() {
    return compareTo(SIGNED) >= 0;
  }
}
