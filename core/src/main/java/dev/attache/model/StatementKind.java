package dev.attache.model;

/** What sort of thing a {@link Statement} says. */
public enum StatementKind {
  /** A judgement of how things are: "the sector is promising". */
  ASSESSMENT,
  /** A judgement of how things will be: "in ten years such companies will be the rule". */
  FORECAST,
  /** Something made known: a plan, an appointment, a launch. */
  ANNOUNCEMENT,
  /** A stand taken on a question: a government's or an organization's position. */
  POSITION,
  /** Anything else said on the record. */
  OTHER
}
