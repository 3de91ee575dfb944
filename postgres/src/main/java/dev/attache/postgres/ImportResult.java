package dev.attache.postgres;

import dev.attache.validation.Problem;
import java.util.List;

/**
 * What an import of an NDJSON stream did ({@link EntityStore#importNdjson}).
 *
 * @param read the lines read that hold an entity or were meant to (blank lines and a valid
 *     header are not counted; a header that is not valid, such as one naming another format, is
 *     counted and skipped with its problem, and the lines after it are read as format 1)
 * @param written the entities written: new ones and new versions of those already there
 * @param updated how many of those written already had a version
 * @param skipped the lines not written: invalid, or repeating an id of an earlier line
 * @param problems the problems of the skipped lines, each with its line number; at most
 *     {@value #MAX_PROBLEMS}, in line order
 * @param problemCount how many problems there were, those not listed included
 */
public record ImportResult(long read, long written, long updated, long skipped,
    List<Problem> problems, long problemCount) {
  /** The most problems a result lists; the rest are counted. */
  public static final int MAX_PROBLEMS = 10_000;

  /**
   * Creates a result.
   *
   * @param read the entity lines read
   * @param written the entities written
   * @param updated how many of those already had a version
   * @param skipped the lines not written
   * @param problems the problems listed, copied
   * @param problemCount all the problems, listed or not
   */
  public ImportResult {
    problems = List.copyOf(problems);
  }

  /**
   * True if every line was written.
   *
   * @return true if no line was skipped
   */
  public boolean isComplete() {
    return skipped == 0;
  }
}
