package dev.attache.dataset;

import java.util.Arrays;
import java.util.Map;

/**
 * A map from keys to ascending entity positions, compacted to {@code int[]} once built: four bytes
 * a posting, so the indexes of a million entities stay small. While building, element 0 of each
 * array holds its count.
 */
final class IntIndex<K> {
  static final int[] NONE = new int[0];

  private final Map<K, int[]> lists;

  IntIndex(Map<K, int[]> emptyMap) {
    this.lists = emptyMap;
  }

  /** Adds a position; positions must come in ascending order; a repeat of the last is dropped. */
  void add(K key, int position) {
    int[] list = lists.get(key);
    if (list == null) {
      lists.put(key, new int[] {1, position});
      return;
    }
    int size = list[0];
    if (list[size] == position) {
      return;
    }
    if (size + 1 == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      lists.put(key, list);
    }
    list[size + 1] = position;
    list[0] = size + 1;
  }

  /** Trims every list to its positions; call once, after the last add. */
  Map<K, int[]> compact() {
    for (Map.Entry<K, int[]> entry : lists.entrySet()) {
      int[] list = entry.getValue();
      entry.setValue(Arrays.copyOfRange(list, 1, list[0] + 1));
    }
    return lists;
  }

  /** The positions in both ascending lists. */
  static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out[n++] = a[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The positions in any of the ascending lists: one sort of them all, never a pairwise merge. */
  static int[] unionAll(java.util.Collection<int[]> lists) {
    if (lists.size() == 1) {
      return lists.iterator().next();
    }
    long total = 0;
    for (int[] list : lists) {
      total += list.length;
    }
    int[] all = new int[Math.toIntExact(total)];
    int n = 0;
    for (int[] list : lists) {
      System.arraycopy(list, 0, all, n, list.length);
      n += list.length;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (distinct == 0 || all[distinct - 1] != all[i]) {
        all[distinct++] = all[i];
      }
    }
    return Arrays.copyOf(all, distinct);
  }
}
