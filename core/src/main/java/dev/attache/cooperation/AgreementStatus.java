package dev.attache.cooperation;

/**
 * Where an {@link Agreement} stands. An agreement "reached" but not yet signed is {@link #AGREED}.
 * From {@link #SIGNED} on, an agreement has a signature date.
 */
public enum AgreementStatus {
  PROPOSED,
  NEGOTIATING,
  /** The parties agreed on the text; it is not signed yet. */
  AGREED,
  SIGNED,
  IN_FORCE,
  EXPIRED,
  TERMINATED;

  /** True from {@link #SIGNED} on: the agreement has been signed. */
  public boolean isSigned() {
    return compareTo(SIGNED) >= 0;
  }
}
