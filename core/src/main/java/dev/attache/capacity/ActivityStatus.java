package dev.attache.capacity;

/** The IATI activity status of a {@link Project}, with its IATI code. */
public enum ActivityStatus {
  PIPELINE(1),
  IMPLEMENTATION(2),
  FINALISATION(3),
  CLOSED(4),
  CANCELLED(5),
  SUSPENDED(6);

  private final int iatiCode;

  ActivityStatus(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** The IATI ActivityStatus code. */
  public int getIatiCode() {
    return iatiCode;
  }
}
