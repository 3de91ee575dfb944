package dev.attache.model;

/**
 * The catalogue of areas states cooperate in. Anything else is kept as free text beside it
 * ({@code otherAreas}).
 */
public enum CooperationArea {
  /** Electronic government: public services and administration by digital means. */
  E_GOVERNMENT,
  /** Smart cities: digital management of urban services and infrastructure. */
  SMART_CITIES,
  /** Information security: protecting information and information systems. */
  INFORMATION_SECURITY,
  /** Network security: protecting networks and the traffic they carry. */
  NETWORK_SECURITY,
  /** Cybersecurity: protection against cyberattacks and cybercrime. */
  CYBERSECURITY,
  /** Information infrastructure: networks, data centres and platforms that information runs on. */
  INFORMATION_INFRASTRUCTURE,
  /** Training and education of specialists in information and communication technologies. */
  ICT_TRAINING,
  /** Artificial intelligence and its applications. */
  ARTIFICIAL_INTELLIGENCE,
  /** The digital economy as a whole. */
  DIGITAL_ECONOMY,
  /** Electronic data interchange between agencies, or between states. */
  ELECTRONIC_DATA_INTERCHANGE,
  /** Statistics: official statistics, its methods and data. */
  STATISTICS,
  /** Trade, including e-commerce. */
  TRADE,
  /** Customs administration. */
  CUSTOMS,
  /** Banking and finance, including payments. */
  BANKING_AND_FINANCE,
  /** Public administration: how government bodies work. */
  PUBLIC_ADMINISTRATION,
  /** Telecommunications and communication networks. */
  TELECOMMUNICATIONS,
  /** Certification centres, which issue electronic signature certificates. */
  CERTIFICATION_CENTRES,
  /** Electronic document management, within and between organizations. */
  ELECTRONIC_DOCUMENT_MANAGEMENT,
  /** Transit routes: transport corridors and the transit of goods. */
  TRANSIT_ROUTES,
  /** Education beyond the training of ICT specialists. */
  EDUCATION,
  /** Export of IT products and services. */
  IT_EXPORT
}
