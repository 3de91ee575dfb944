package dev.attache.common;

/**
 * How sure a date is. "To arrive before the end of the year" is {@code NOT_LATER_THAN 2025};
 * a year deduced from context rather than stated is {@code APPROXIMATE}.
 */
public enum DateQualifier {
  /** The date is stated. */
  EXACT(""),
  /** The date is deduced or rounded; the truth is near it. */
  APPROXIMATE("~"),
  /** The truth is on or after the date. */
  NOT_BEFORE(">="),
  /** The truth is on or before the date. */
  NOT_LATER_THAN("<=");

  private final String symbol;

  DateQualifier(String symbol) {
    this.symbol = symbol;
  }

  /** The prefix of the text form of a {@link QualifiedDate}: none, {@code ~}, {@code >=}, {@code <=}. */
  public String getSymbol() {
    return symbol;
  }
}
