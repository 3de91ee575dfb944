/**
 * The JSON form of attache, format 1: {@link dev.attache.json.AttacheJson} reads and writes
 * documents, single entities and NDJSON streams, strictly or leniently, with every problem
 * reported as a {@link dev.attache.validation.Problem}; {@link dev.attache.json.AttacheModule}
 * makes the model's values work in a user's own Jackson 3 mapper; the JSON Schema of the format
 * ships in the jar.
 */
package dev.attache.json;
