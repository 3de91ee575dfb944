package dev.attache.model;

/** The IATI activity status of a {@link Project}, with its IATI code. */
public enum ActivityStatus {
  /** Pipeline or identification: the activity is being scoped or planned (IATI 1). */
  PIPELINE(1),
  /** The activity is being carried out (IATI 2). */
  IMPLEMENTATION(2),
  /** The work is done, but the activity stays open for financial sign-off or review (IATI 3). */
  FINALISATION(3),
  /** The work is done and the activity closed (IATI 4). */
  CLOSED(4),
  /** The activity was cancelled (IATI 5). */
  CANCELLED(5),
  /** The activity is temporarily suspended (IATI 6). */
  SUSPENDED(6);

  private final int iatiCode;

  ActivityStatus(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The IATI ActivityStatus code.
   *
   * @return the code, from 1 for {@link #PIPELINE} to 6 for {@link #SUSPENDED}
   */
  public int getIatiCode() {
    return iatiCode;
  }
}
