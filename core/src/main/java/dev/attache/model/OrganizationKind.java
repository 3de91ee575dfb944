package dev.attache.model;

/** What sort of body an {@link Organization} is. */
public enum OrganizationKind {
  /** A national or regional government as a whole. */
  GOVERNMENT,
  /** A ministry. */
  MINISTRY,
  /** A state agency, service, committee or department of government. */
  AGENCY,
  /** A university or graduate school. */
  UNIVERSITY,
  /** A college or vocational school. */
  COLLEGE,
  /** A research or educational institute or centre that is not a university. */
  INSTITUTE,
  /** A technology park. */
  IT_PARK,
  /** A competence centre. */
  COMPETENCE_CENTRE,
  /** A commercial company. */
  COMPANY,
  /** A non-profit organization, such as a Russian ANO. */
  NON_PROFIT,
  /** An international organization such as UNDP or UNIDO; it has no country. */
  INTERNATIONAL_ORGANIZATION,
  /** A development or investment fund. */
  FUND,
  /** Anything else. */
  OTHER
}
