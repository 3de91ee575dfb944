/**
 * A generator of large synthetic datasets: seeded, deterministic for a seed and a generator
 * version, partitionable by index ranges, and valid by construction (or invalid on purpose, one
 * named rule per entity). See {@link dev.attache.data.generate.DatasetGenerator}.
 *
 * <p><b>API.</b> {@code DatasetGenerator}, {@code GeneratorConfig} and {@code GeneratedEntity};
 * the output of a generator version is part of the API as well: the same configuration and version
 * give the same bytes. Every public type and member here is attache's API: from 1.0 on it changes
 * only in compatible ways (the build compares it with the last release); what users need not see
 * is in packages that are not exported.
 */
package dev.attache.data.generate;
