package dev.attache.json;

import dev.attache.common.Entity;
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
 * @param entities the good entities, in document order
 * @param problems every problem, in document order
 * @param unknown document-level properties this version does not know (lenient mode)
 */
public record DocumentResult(List<DecodedEntity> entities, List<Problem> problems,
    Map<String, JsonNode> unknown) {
  public DocumentResult {
    entities = List.copyOf(entities);
    problems = List.copyOf(problems);
    unknown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
  }

  /** True if there is no problem. */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /** The entities alone. */
  public List<Entity> entityList() {
    return entities.stream().map(DecodedEntity::entity).toList();
  }

  /** The entities as a dataset. */
  public Dataset toDataset() {
    return Dataset.of(entityList());
  }
}
