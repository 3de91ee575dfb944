package dev.attache.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes one type of the model in format 1, and describes it in JSON Schema. The one
 * definition of each type's JSON form: encoding, decoding and the schema cannot drift apart.
 */
interface Codec<T> {

  /**
   * Reads the value whose first token is the parser's current token, leaving the parser on its
   * last token. Returns {@code null} after recording problems if the value is not valid; never
   * throws for bad data (only the parser does, for broken syntax or exceeded limits).
   */
  T read(Decoder in);

  /** Writes the value. */
  void write(JsonGenerator out, T value);

  /** The JSON Schema of the value. */
  ObjectNode schema(Schemas schemas);
}
