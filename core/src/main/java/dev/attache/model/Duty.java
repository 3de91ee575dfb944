package dev.attache.model;

/**
 * The catalogue of what digital attachés do. Anything else is kept as free text beside it
 * ({@code otherDuties}). A service and each of its postings list their duties from it.
 */
public enum Duty {
  /** Helps exporting companies conclude export contracts and carry them out. */
  EXPORT_CONTRACTS("Support the conclusion and implementation of export contracts"),
  /** Gives exporting companies consulting support. */
  CONSULTING_SUPPORT("Consulting support to exporting companies"),
  /** Gives exporting companies information support. */
  INFORMATION_SUPPORT("Information support to exporting companies"),
  /** Gives exporting companies analytical support. */
  ANALYTICAL_SUPPORT("Analytical support to exporting companies"),
  /** Gives exporting companies legal support. */
  LEGAL_SUPPORT("Legal support to exporting companies"),
  /** Gives exporting companies organizational support. */
  ORGANIZATIONAL_SUPPORT("Organizational support to exporting companies"),
  /** Restores or opens channels for payments and money transfers. */
  PAYMENT_CHANNELS("Restore or open channels for payments and money transfers"),
  /** Attracts foreign companies, and the equipment they supply, to the sending state's market. */
  ATTRACT_FOREIGN_COMPANIES("Attract foreign companies, and the equipment they supply, to the home market"),
  /** Attracts foreign investment into the sending state. */
  ATTRACT_INVESTMENT("Attract foreign investment"),
  /** Encourages foreign IT companies to move into the sending state's jurisdiction. */
  ATTRACT_JURISDICTION("Encourage foreign IT companies to move into the sending state's jurisdiction"),
  /** Builds partnerships with the host country's local IT communities. */
  LOCAL_IT_COMMUNITIES("Build partnerships with local IT communities"),
  /** Exchanges experience between the two states. */
  EXPERIENCE_EXCHANGE("Exchange experience between the two states"),
  /** Promotes the sending state's IT solutions abroad. */
  PROMOTE_SOLUTIONS("Promote the sending state's IT solutions abroad");

  private final String description;

  Duty(String description) {
    this.description = description;
  }

  /**
   * What the duty means, in English: the text of the catalogue.
   *
   * @return the description, not null
   */
  public String getDescription() {
    return description;
  }
}
