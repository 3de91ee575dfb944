package dev.attache.attache;

/**
 * The catalogue of what digital attachés do. Anything else is kept as free text beside it
 * ({@code otherDuties}).
 */
public enum Duty {
  EXPORT_CONTRACTS("Support the conclusion and implementation of export contracts"),
  CONSULTING_SUPPORT("Consulting support to exporting companies"),
  INFORMATION_SUPPORT("Information support to exporting companies"),
  ANALYTICAL_SUPPORT("Analytical support to exporting companies"),
  LEGAL_SUPPORT("Legal support to exporting companies"),
  ORGANIZATIONAL_SUPPORT("Organizational support to exporting companies"),
  PAYMENT_CHANNELS("Restore or open channels for payments and money transfers"),
  ATTRACT_FOREIGN_COMPANIES("Attract foreign companies, and the equipment they supply, to the home market"),
  ATTRACT_INVESTMENT("Attract foreign investment"),
  ATTRACT_JURISDICTION("Encourage foreign IT companies to move into the sending state's jurisdiction"),
  LOCAL_IT_COMMUNITIES("Build partnerships with local IT communities"),
  EXPERIENCE_EXCHANGE("Exchange experience between the two states"),
  PROMOTE_SOLUTIONS("Promote the sending state's IT solutions abroad");

  private final String description;

  Duty(String description) {
    this.description = description;
  }

  /** What the duty means, in English. */
  public String getDescription() {
    return description;
  }
}
