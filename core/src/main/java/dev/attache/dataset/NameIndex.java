package dev.attache.dataset;

import dev.attache.model.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Finds entities by any name or alias, in any script or romanization. Four hash indexes and one
 * sorted index of word keys, each from a key to ascending entity positions, so a lookup costs a
 * few hash probes (and one range scan for word prefixes) plus the size of the answer.
 */
final class NameIndex {
  private static final int MIN_PREFIX = 2;

  private final List<Entity> entities;
  private final Map<String, int[]> exact;
  private final Map<String, int[]> letters;
  private final Map<String, int[]> keys;
  private final NavigableMap<String, int[]> words;

  NameIndex(List<Entity> entities) {
    this.entities = entities;
    IntIndex<String> exact = new IntIndex<>(new HashMap<>());
    IntIndex<String> letters = new IntIndex<>(new HashMap<>());
    IntIndex<String> keys = new IntIndex<>(new HashMap<>());
    IntIndex<String> words = new IntIndex<>(new TreeMap<>());
    for (int i = 0; i < entities.size(); i++) {
      for (String spelling : entities.get(i).spellings()) {
        exact.add(spelling, i);
        letters.add(NameKey.letters(spelling), i);
        List<String> spellingWords = NameKey.words(spelling);
        keys.add(String.join(" ", spellingWords), i); // NameKey.of, without normalizing twice
        for (String word : spellingWords) {
          words.add(word, i);
        }
      }
    }
    this.exact = exact.compact();
    this.letters = letters.compact();
    this.keys = keys.compact();
    this.words = (NavigableMap<String, int[]>) words.compact();
  }

  List<NameMatch> find(String query) {
    Map<Integer, NameMatch.Quality> best = new LinkedHashMap<>();
    collect(best, exact.get(query), NameMatch.Quality.EXACT);
    String queryLetters = NameKey.letters(query);
    collect(best, letters.get(queryLetters), NameMatch.Quality.SAME_LETTERS);
    List<String> queryWords = NameKey.words(query);
    String key = String.join(" ", queryWords);
    if (!key.isEmpty()) {
      collect(best, keys.get(key), NameMatch.Quality.TRANSLITERATED);
    }
    if (!queryWords.isEmpty()) {
      int[] all = null;
      int[] prefixed = null;
      for (String word : queryWords) {
        int[] found = words.getOrDefault(word, IntIndex.NONE);
        all = all == null ? found : IntIndex.intersect(all, found);
        int[] starting = word.length() < MIN_PREFIX ? found : startingWith(word);
        prefixed = prefixed == null ? starting : IntIndex.intersect(prefixed, starting);
      }
      collect(best, all, NameMatch.Quality.WORDS);
      collect(best, prefixed, NameMatch.Quality.WORD_PREFIXES);
    }
    List<NameMatch> matches = new ArrayList<>(best.size());
    for (Map.Entry<Integer, NameMatch.Quality> found : best.entrySet()) {
      Entity entity = entities.get(found.getKey());
      matches.add(new NameMatch(entity,
          spelling(entity, query, queryLetters, queryWords, key, found.getValue()),
          found.getValue()));
    }
    matches.sort((a, b) -> {
      int c = a.quality().compareTo(b.quality());
      return c != 0 ? c : a.entity().getId().compareTo(b.entity().getId());
    });
    return java.util.Collections.unmodifiableList(matches);
  }

  private int[] startingWith(String prefix) {
    // all lists at once: merging them one by one would copy the growing union each time
    return IntIndex.unionAll(words.subMap(prefix, true, prefix + Character.MAX_VALUE, false)
        .values());
  }

  private static void collect(Map<Integer, NameMatch.Quality> best, int[] positions,
      NameMatch.Quality quality) {
    if (positions != null) {
      for (int position : positions) {
        best.putIfAbsent(position, quality);
      }
    }
  }

  /** The spelling of the entity that the query met at that quality. */
  private static String spelling(Entity entity, String query, String queryLetters,
      List<String> queryWords, String key, NameMatch.Quality quality) {
    Collection<String> spellings = entity.spellings();
    for (String spelling : spellings) {
      boolean met = switch (quality) {
        case EXACT -> spelling.equals(query);
        case SAME_LETTERS -> NameKey.letters(spelling).equals(queryLetters);
        case TRANSLITERATED -> NameKey.of(spelling).equals(key);
        case WORDS -> NameKey.words(spelling).containsAll(queryWords);
        case WORD_PREFIXES -> {
          List<String> words = NameKey.words(spelling);
          yield queryWords.stream().allMatch(q -> words.stream().anyMatch(w -> w.startsWith(q)));
        }
      };
      if (met) {
        return spelling;
      }
    }
    return spellings.iterator().next();
  }
}
