package dev.attache.example.service;

import dev.attache.common.InvalidValueException;
import dev.attache.json.AttacheJson;
import dev.attache.model.EntityKind;
import java.util.Optional;

/** The {@code kind} request parameter: a kind's JSON type name or its id prefix. */
final class Kinds {
  private Kinds() {}

  /**
   * The kind a {@code kind} parameter names: {@code attache-posting} or {@code posting} give
   * {@code ATTACHE_POSTING}.
   *
   * @throws InvalidValueException ({@code kind.unknown}) for any other text
   */
  static EntityKind kind(String kind) {
    Optional<EntityKind> byPrefix = EntityKind.ofPrefix(kind);
    if (byPrefix.isPresent()) {
      return byPrefix.get();
    }
    for (EntityKind each : EntityKind.values()) {
      if (AttacheJson.typeName(each).equals(kind)) {
        return each;
      }
    }
    throw new InvalidValueException("kind.unknown", "not a kind of entity: " + kind
        + " (a type such as attache-posting, or an id prefix such as posting)");
  }
}
