package dev.attache.common;

/**
 * How sure a date is. "To arrive before the end of the year" is {@code NOT_LATER_THAN 2025};
 * a year deduced from context rather than stated is {@code APPROXIMATE}.
 *
 * @see QualifiedDate
 */
public enum DateQualifier {
  /** The date is stated: an agreement signed on 2025-10-13, a session held in 2021-09. */
  EXACT(""),
  /**
   * The date is deduced or rounded; the truth is near it: a strategy adopted "about 2019", a year
   * read from context.
   */
  APPROXIMATE("~"),
  /** The truth is on or after the date: an agreement to enter into force "from 2026 on". */
  NOT_BEFORE(">="),
  /**
   * The truth is on or before the date: an attaché "to arrive before the end of the year", one who
   * "already works there" on the day of an article.
   */
  NOT_LATER_THAN("<=");

  private final String symbol;

  DateQualifier(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The prefix of the text form of a {@link QualifiedDate}: none, {@code ~}, {@code >=},
   * {@code <=}.
   *
   * @return the symbol, empty for {@link #EXACT}
   */
  public String getSymbol() {
    return symbol;
  }
}
