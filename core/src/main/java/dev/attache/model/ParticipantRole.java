package dev.attache.model;

import java.util.OptionalInt;

/**
 * The role of an organization in a {@link Project}: the four IATI organisation roles (with their
 * IATI codes) plus the provider of training.
 */
public enum ParticipantRole {
  /** Provides the money (IATI 1). */
  FUNDING(1),
  /** Answers for the activity (IATI 2). */
  ACCOUNTABLE(2),
  /** Manages the budget on behalf of the funder (IATI 3). */
  EXTENDING(3),
  /** Carries the activity out (IATI 4). */
  IMPLEMENTING(4),
  /** Trains people for the project; not an IATI role. */
  TRAINING_PROVIDER(0);

  private final int iatiCode;

  ParticipantRole(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The IATI OrganisationRole code, if this is an IATI role.
   *
   * @return the code, 1 to 4, or empty for {@link #TRAINING_PROVIDER}; not null
   */
  public OptionalInt getIatiCode() {
    return iatiCode == 0 ? OptionalInt.empty() : OptionalInt.of(iatiCode);
  }
}
