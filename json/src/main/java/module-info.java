/**
 * attache json: the stable JSON form of the model, as a Jackson 3 module, NDJSON streams and a
 * JSON Schema.
 */
module dev.attache.json {
  requires transitive dev.attache.core;
  requires transitive tools.jackson.databind;

  exports dev.attache.json;

  provides tools.jackson.databind.JacksonModule with dev.attache.json.AttacheModule;
}
