package dev.attache.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The limits on what a reader accepts, fitted to the domain and enforced while parsing, before any
 * value is built: an input past a limit is a {@code json.limit} (or {@code json.line.length})
 * problem, never an unbounded allocation.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>nesting depth</td><td>32</td><td>format 1 nests at most 5 deep; room for unknown
 *       properties kept in lenient mode</td></tr>
 *   <tr><td>string length</td><td>20,000 chars</td><td>the longest text of the model is 4,000</td></tr>
 *   <tr><td>property name length</td><td>200 chars</td><td>the longest name is 20; language tags
 *       are at most 35</td></tr>
 *   <tr><td>number length</td><td>40 chars</td><td>counts and codes; decimals are strings of at
 *       most 30 digits</td></tr>
 *   <tr><td>document length</td><td>1 GiB</td><td>a million entities; use NDJSON beyond</td></tr>
 *   <tr><td>NDJSON line length</td><td>1 MiB</td><td>one entity is a few KiB</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return changed copies. Every limit must
 * be positive.
 */
public final class JsonLimits {
  private static final JsonLimits DEFAULTS = new JsonLimits(32, 20_000, 200, 40, 1L << 30, 1 << 20);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxLineLength;

  private JsonLimits(int maxNestingDepth, int maxStringLength, int maxNameLength,
      int maxNumberLength, long maxDocumentLength, int maxLineLength) {
    this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = positive(maxStringLength, "maxStringLength");
    this.maxNameLength = positive(maxNameLength, "maxNameLength");
    this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException("maxDocumentLength must be positive: " + maxDocumentLength);
    }
    this.maxDocumentLength = maxDocumentLength;
    this.maxLineLength = positive(maxLineLength, "maxLineLength");
  }

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /**
   * The defaults above.
   *
   * @return the default limits, not null
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The maximum nesting depth of arrays and objects.
   *
   * @return the maximum depth, positive
   */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The maximum length of a string value.
   *
   * @return the maximum length, positive
   */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * The maximum length of a property name.
   *
   * @return the maximum length, positive
   */
  public int getMaxNameLength() {
    return maxNameLength;
  }

  /**
   * The maximum length of a number.
   *
   * @return the maximum length, positive
   */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The maximum length of an input: a document, an entity read on its own, or an NDJSON line.
   *
   * @return the maximum length, in bytes (chars for input read from text), positive
   */
  public long getMaxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The maximum length of a line of an NDJSON stream, not counting the {@code \n} that ends it.
   *
   * @return the maximum length, in bytes, positive
   */
  public int getMaxLineLength() {
    return maxLineLength;
  }

  /**
   * A copy with another maximum nesting depth.
   *
   * @param value the maximum nesting depth of arrays and objects, positive
   * @return a copy with this limit, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(value, maxStringLength, maxNameLength, maxNumberLength,
        maxDocumentLength, maxLineLength);
  }

  /**
   * A copy with another maximum string length.
   *
   * @param value the maximum length of a string value, positive
   * @return a copy with this limit, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxNestingDepth, value, maxNameLength, maxNumberLength,
        maxDocumentLength, maxLineLength);
  }

  /**
   * A copy with another maximum property name length.
   *
   * @param value the maximum length of a property name, positive
   * @return a copy with this limit, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, value, maxNumberLength,
        maxDocumentLength, maxLineLength);
  }

  /**
   * A copy with another maximum number length.
   *
   * @param value the maximum length of a number, positive
   * @return a copy with this limit, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, value,
        maxDocumentLength, maxLineLength);
  }

  /**
   * A copy with another maximum document length.
   *
   * @param value the maximum length of a document, in bytes (chars for input read from text),
   *     positive
   * @return a copy with this limit, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
        value, maxLineLength);
  }

  /**
   * A copy with another maximum NDJSON line length.
   *
   * @param value the maximum length of a line of an NDJSON stream, in bytes, positive
   * @return a copy with this limit, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxLineLength(int value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
        maxDocumentLength, value);
  }

  /** The parser constraints of these limits. */
  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNameLength(maxNameLength)
        .maxNumberLength(maxNumberLength)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  @Override
  public String toString() {
    return "JsonLimits[depth=" + maxNestingDepth + ", string=" + maxStringLength + ", name="
        + maxNameLength + ", number=" + maxNumberLength + ", document=" + maxDocumentLength
        + ", line=" + maxLineLength + "]";
  }
}
