package dev.attache.dataset;

import dev.attache.model.Entity;

/**
 * An entity found by a name, with the spelling that matched and how closely. Immutable and
 * thread-safe.
 *
 * @param entity the entity found
 * @param spelling the name or alias of the entity that matched
 * @param quality how the query met the spelling; lower is closer
 */
public record NameMatch(Entity entity, String spelling, Quality quality) {

  /** How a query met a spelling, closest first. */
  public enum Quality {
    /** The same text. */
    EXACT,
    /**
     * The same text but for case, diacritics and spacing: {@code cozgut} finds {@code Çözgüt}.
     */
    SAME_LETTERS,
    /**
     * The same name in another script or romanization: {@code Khadzhimyrat Khudaygulyev} finds
     * {@code Hajymyrat Hudayguliyev}.
     */
    TRANSLITERATED,
    /** Every word of the query is a word of the name, in any script: {@code Hudayguliyev}. */
    WORDS,
    /** Every word of the query begins a word of the name: {@code Innop univ}. */
    WORD_PREFIXES
  }
}
