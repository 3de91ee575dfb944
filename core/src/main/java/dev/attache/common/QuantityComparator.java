package dev.attache.common;

/** How a {@link Quantity}'s number relates to the truth: "over 20,000" is {@code MORE_THAN}. */
public enum QuantityComparator {
  /** Exactly the number: "75 specialists trained". */
  EXACT(""),
  /** About the number: "about 300 participants". */
  APPROXIMATELY("~"),
  /** The number or more: "at least 10 agreements signed". */
  AT_LEAST(">="),
  /** More than the number: "over 20,000 accredited IT companies". */
  MORE_THAN(">");

  private final String symbol;

  QuantityComparator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The prefix of a quantity's text form: none, {@code ~}, {@code >=} or {@code >}.
   *
   * @return the symbol, empty for {@link #EXACT}
   */
  public String getSymbol() {
    return symbol;
  }
}
