package dev.attache.attache;

/** Where an {@link ExportDeal} stands. */
public enum DealStage {
  LEAD,
  NEGOTIATION,
  SIGNED,
  IMPLEMENTATION,
  COMPLETED,
  LOST
}
