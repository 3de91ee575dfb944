/**
 * The JSON form of attache, format 1: {@link dev.attache.json.AttacheJson} reads and writes
 * documents, single entities and NDJSON streams, strictly or leniently, with every problem
 * reported as a {@link dev.attache.validation.Problem}; {@link dev.attache.json.AttacheModule}
 * makes the model's values work in a user's own Jackson 3 mapper; the JSON Schema of the format
 * ships in the jar.
 *
 * <p><b>API.</b> {@code AttacheJson}, {@code AttacheModule}, {@code JsonLimits}, the results
 * ({@code DocumentResult}, {@code DecodedEntity}, {@code NdjsonLine}), the streams ({@code
 * NdjsonReader}, {@code NdjsonWriter}, {@code DocumentWriter}) and {@code JsonDecodingException};
 * the format itself is specified in {@code FORMAT.md}. Every public type and member here is
 * attache's API: from 1.0 on it changes only in compatible ways (the build compares it with the
 * last release); what users need not see is in packages that are not exported.
 */
package dev.attache.json;
