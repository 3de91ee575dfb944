package dev.attache.dataset;

import java.util.Arrays;

/**
 * For each span of a group, the first span before it in the group that shares a day with it: the
 * question behind the overlap checks, answered in O(n log n) rather than by comparing every pair.
 *
 * <p>Spans are closed day ranges {@code [from, to]}; an empty span ({@code from > to}) overlaps
 * nothing. Spans {@code i} and {@code j} overlap when {@code from[i] <= to[j]} and
 * {@code to[i] >= from[j]}. The sweep takes the queries in ascending {@code to}; before answering
 * span {@code j} it has inserted every span with {@code from <= to[j]}, keyed by its own
 * {@code to}, into a minimum tree of indexes; the smallest index among the inserted spans with
 * {@code to >= from[j]} is then the first span overlapping {@code j} (possibly {@code j} itself,
 * which means no earlier one does).
 *
 * <p>Public for engines that check a dataset in pieces (the Spark example checks each group of
 * postings or posts where it lies): the same answer as {@link Dataset#checkIntegrity()} gives.
 */
public final class FirstOverlap {
  private FirstOverlap() {}

  /**
   * For each span, the index of the first earlier span overlapping it, or -1.
   *
   * @param from the first day of each span (epoch day), not null
   * @param to the last day of each span (epoch day), as long as {@code from}; a span with
   *     {@code from > to} is empty
   * @return for each span, the smallest index of an earlier span sharing a day with it, or -1
   */
  public static int[] of(long[] from, long[] to) {
    int n = from.length;
    int[] first = new int[n];
    Arrays.fill(first, -1);
    long[] ends = to.clone(); // the tree's keys: the distinct ends, ascending
    Arrays.sort(ends);
    Integer[] byFrom = order(from);
    Integer[] byTo = order(to);
    MinTree tree = new MinTree(n);
    int inserted = 0;
    for (int j : byTo) {
      if (from[j] > to[j]) {
        continue; // an empty span
      }
      while (inserted < n && from[byFrom[inserted]] <= to[j]) {
        int i = byFrom[inserted++];
        if (from[i] <= to[i]) {
          tree.lower(Arrays.binarySearch(ends, to[i]), i);
        }
      }
      int found = tree.min(lowerBound(ends, from[j]), n);
      if (found < j) {
        first[j] = found;
      }
    }
    return first;
  }

  private static Integer[] order(long[] keys) {
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    return order;
  }

  /** The first index whose key is at least {@code key}. */
  private static int lowerBound(long[] sorted, long key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** A segment tree of minimums over slots, each starting at {@link Integer#MAX_VALUE}. */
  private static final class MinTree {
    private final int size;
    private final int[] tree;

    MinTree(int slots) {
      size = Math.max(1, slots);
      tree = new int[2 * size];
      Arrays.fill(tree, Integer.MAX_VALUE);
    }

    /**
     * Lowers a slot to {@code value} if that is smaller. Equal keys share a slot: fine for a
     * minimum.
     */
    void lower(int slot, int value) {
      for (int i = slot + size; i >= 1; i >>= 1) {
        if (tree[i] <= value) {
          return;
        }
        tree[i] = value;
      }
    }

    /** The minimum over slots {@code [from, to)}. */
    int min(int from, int to) {
      int result = Integer.MAX_VALUE;
      for (int l = from + size, r = to + size; l < r; l >>= 1, r >>= 1) {
        if ((l & 1) == 1) {
          result = Math.min(result, tree[l++]);
        }
        if ((r & 1) == 1) {
          result = Math.min(result, tree[--r]);
        }
      }
      return result;
    }
  }
}
