package dev.attache.model;

/**
 * How often something recurs, as a source states it: a commission that meets every year.
 */
public enum Recurrence {
  /** Once a year: "annual meetings of the intergovernmental commission". */
  ANNUALLY,
  /** Twice a year. */
  TWICE_A_YEAR,
  /** Four times a year. */
  QUARTERLY,
  /** Every month. */
  MONTHLY,
  /** Said to recur, "regularly", without a stated rhythm. */
  REGULARLY
}
