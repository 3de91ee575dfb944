package dev.attache.postgres;

import dev.attache.json.AttacheJson;
import dev.attache.json.JsonDecodingException;
import dev.attache.model.Entity;

/**
 * Entities to and from the {@code doc} column. Written in format 1 by {@link AttacheJson};
 * {@code jsonb} keeps no key order, so they are read back through {@link #DOC}, which puts
 * {@code type} first again, the order in which the reader streams without buffering.
 */
final class Documents {
  private Documents() {}

  /** Stored entities were validated when written: reading them back does not validate again. */
  private static final AttacheJson JSON = AttacheJson.strict().withoutValidation();

  /** A select expression giving an entity's JSON with its {@code type} first. */
  static final String DOC = "'{\"type\":' || (e.doc->'type')::text || ','"
      + " || substr((e.doc - 'type')::text, 2)";

  static String write(Entity entity) {
    return JSON.write(entity);
  }

  /** The text of {@link #write(Entity)} in UTF-8 to {@code out}. */
  static void write(Entity entity, java.io.OutputStream out) {
    JSON.write(entity, out);
  }

  /**
   * Reads back what was written, as the store will: the entity must come back equal.
   *
   * @throws JsonDecodingException with the problems if it does not read back
   */
  static void check(String json, Entity entity) {
    Entity back = JSON.read(json, Entity.class);
    if (!back.equals(entity)) {
      throw new IllegalStateException("Not the same after a round trip through JSON: "
          + entity.getId());
    }
  }

  static Entity read(String json) {
    try {
      return JSON.read(json, Entity.class);
    } catch (JsonDecodingException e) {
      // written by this store after validation: only a change behind its back gets here
      throw new StoreException("A stored entity cannot be read: " + e.getMessage(), e);
    }
  }
}
