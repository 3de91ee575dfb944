package dev.attache.json;

import dev.attache.validation.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one decoding (a document, an NDJSON line, a value read through Jackson), kept up
 * to {@value #MAX_KEPT} and counted beyond: a hostile input with millions of mistakes costs the
 * reader a counter, not gigabytes of problems.
 */
final class ProblemLog {
  /** The most problems kept for one decoding; the rest are only counted. */
  static final int MAX_KEPT = 10_000;

  private final List<Problem> kept = new ArrayList<>(0);
  private long count;

  /** Records a problem: kept while there is room, counted always. */
  void add(Problem problem) {
    if (kept.size() < MAX_KEPT) {
      kept.add(problem);
    }
    count++;
  }

  /** How many problems were recorded, kept or not. */
  long count() {
    return count;
  }

  /** Forgets the problems recorded after the first {@code count}: a reader took a step back. */
  void truncate(long count) {
    while (kept.size() > count) {
      kept.remove(kept.size() - 1);
    }
    this.count = Math.min(this.count, count);
  }

  boolean isEmpty() {
    return count == 0;
  }

  /**
   * The problems kept, in the order found, followed when some were only counted by one
   * {@code json.problems.truncated} problem that says how many there were in all.
   */
  List<Problem> list() {
    if (count == kept.size()) {
      return kept;
    }
    List<Problem> all = new ArrayList<>(kept);
    all.add(Problem.of("", "json.problems.truncated", "there are " + count + " problems; only"
        + " the first " + MAX_KEPT + " are listed"));
    return all;
  }
}
