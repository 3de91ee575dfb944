package dev.attache.model;

/** Where an {@link ExportDeal} stands. */
public enum DealStage {
  /** A prospect: a possible customer or order, not yet under negotiation. */
  LEAD,
  /** The exporter and the customer are negotiating the contract. */
  NEGOTIATION,
  /** The contract is signed; carrying it out has not begun. */
  SIGNED,
  /** The contract is being carried out: goods delivered, systems installed, services rendered. */
  IMPLEMENTATION,
  /** The contract has been carried out. */
  COMPLETED,
  /** The deal fell through: it will not be signed, or the contract was abandoned. */
  LOST
}
