package dev.attache.common;

/** How a {@link Quantity}'s number relates to the truth: "over 20,000" is {@code MORE_THAN}. */
public enum QuantityComparator {
  /** Exactly the number. */
  EXACT(""),
  /** About the number. */
  APPROXIMATELY("~"),
  /** The number or more. */
  AT_LEAST(">="),
  /** More than the number. */
  MORE_THAN(">");

  private final String symbol;

  QuantityComparator(String symbol) {
    this.symbol = symbol;
  }

  /** The prefix of a quantity's text form: none, {@code ~}, {@code >=} or {@code >}. */
  public String getSymbol() {
    return symbol;
  }
}
