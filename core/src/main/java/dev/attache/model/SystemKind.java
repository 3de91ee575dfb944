package dev.attache.model;

/** What an {@link InformationSystem} does. */
public enum SystemKind {
  /** Electronic data interchange between agencies. */
  ELECTRONIC_DATA_INTERCHANGE,
  /** A portal of public services for citizens and businesses. */
  PUBLIC_SERVICES_PORTAL,
  /** Electronic document management. */
  DOCUMENT_MANAGEMENT,
  /** A certification authority, which issues electronic signature certificates. */
  CERTIFICATION_AUTHORITY,
  /** A statistical business register: the statistics office's register of enterprises. */
  STATISTICAL_BUSINESS_REGISTER,
  /** A customs system, such as electronic declaration of goods. */
  CUSTOMS,
  /** Digital banking and payments. */
  DIGITAL_BANKING,
  /** Citizens' appeals and feedback to government bodies. */
  CITIZEN_FEEDBACK,
  /** Anything else. */
  OTHER
}
