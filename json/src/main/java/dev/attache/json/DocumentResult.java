package dev.attache.json;

import dev.attache.model.Entity;
import dev.attache.dataset.Dataset;
import dev.attache.validation.Problem;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What reading a format-1 document gave: every entity that decoded (and, unless validation was
 * switched off, is valid), and a problem for everything else. A document with five bad entities
 * has five or more problems and the rest of its entities.
 *
 * <p>At most 10,000 problems are listed; when there were more, the list ends with one
 * {@code json.problems.truncated} problem and {@link #problemCount()} says how many there were.
 *
 * <p>Immutable and thread-safe, but for the {@link JsonNode} trees of unknown properties, which are
 * not copied.
 *
 * @param decoded the good entities as decoded, each with the properties this version does not
 *     know (lenient reading), in document order; empty when they were handed to a consumer as
 *     they were read
 * @param problems the problems, in document order, at most 10,000 and the truncation notice
 * @param unknown document-level properties this version does not know (lenient mode)
 * @param problemCount how many problems there were in all, listed or not
 * @param invalidCount how many elements of {@code entities} did not give a good entity
 * @param complete true if the document was read to its end; false after a syntax error, an
 *     exceeded limit, an empty input or a value that is not a document: then the entities are
 *     only those before the point where reading stopped
 */
public record DocumentResult(List<DecodedEntity> decoded, List<Problem> problems,
    Map<String, JsonNode> unknown, long problemCount, long invalidCount, boolean complete) {
  /**
   * Creates a result, copying the lists and the map into unmodifiable ones.
   *
   * @param decoded the good entities as decoded, not null and without null elements
   * @param problems the problems, not null and without null elements
   * @param unknown the unknown document-level properties, by name, not null
   * @param problemCount how many problems there were in all
   * @param invalidCount how many elements of {@code entities} did not give a good entity
   * @param complete true if the document was read to its end
   */
  public DocumentResult {
    decoded = List.copyOf(decoded);
    problems = List.copyOf(problems);
    unknown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
  }

  /**
   * True if there is no problem.
   *
   * @return true if {@link #problemCount()} is zero
   */
  public boolean isValid() {
    return problemCount == 0;
  }

  /**
   * The good entities alone, without what was not known of them.
   *
   * @return the entities, in document order, an unmodifiable list
   */
  public List<Entity> entities() {
    return decoded.stream().map(DecodedEntity::entity).toList();
  }

  /**
   * The entities as a dataset.
   *
   * @return a dataset of the entities in document order, not null
   */
  public Dataset toDataset() {
    return Dataset.of(entities());
  }
}
