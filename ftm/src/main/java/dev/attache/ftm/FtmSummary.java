package dev.attache.ftm;

import dev.attache.json.AttacheJson;
import dev.attache.model.EntityKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an export did: how many entities of each kind it mapped and how many it skipped, and how
 * many FtM entities of each schema it wrote. Nothing is dropped without being counted here.
 */
public final class FtmSummary {
  private final Map<EntityKind, Long> mapped = new EnumMap<>(EntityKind.class);
  private final Map<EntityKind, Long> skipped = new EnumMap<>(EntityKind.class);
  private final Map<String, Long> written = new TreeMap<>();

  void mapped(EntityKind kind) {
    mapped.merge(kind, 1L, Long::sum);
  }

  void skipped(EntityKind kind) {
    skipped.merge(kind, 1L, Long::sum);
  }

  void written(String schema) {
    written.merge(schema, 1L, Long::sum);
  }

  /**
   * The attache entities mapped, by kind.
   *
   * @return the counts, unmodifiable
   */
  public Map<EntityKind, Long> mapped() {
    return Collections.unmodifiableMap(mapped);
  }

  /**
   * The attache entities skipped because FtM has no schema for their kind, by kind.
   *
   * @return the counts, unmodifiable
   */
  public Map<EntityKind, Long> skipped() {
    return Collections.unmodifiableMap(skipped);
  }

  /**
   * The FtM entities written, by schema.
   *
   * @return the counts, unmodifiable
   */
  public Map<String, Long> written() {
    return Collections.unmodifiableMap(written);
  }

  /**
   * The summary as lines of text: {@code mapped organization 32}, {@code skipped strategy 3},
   * {@code wrote PublicBody 12}.
   *
   * @return the lines, joined by line breaks
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    mapped.forEach((k, n) -> text.append("mapped ").append(AttacheJson.typeName(k)).append(' ').append(n)
        .append('\n'));
    skipped.forEach((k, n) -> text.append("skipped ").append(AttacheJson.typeName(k)).append(' ').append(n)
        .append(" (no FtM schema)\n"));
    written.forEach((s, n) -> text.append("wrote ").append(s).append(' ').append(n).append('\n'));
    return text.toString().stripTrailing();
  }
}
