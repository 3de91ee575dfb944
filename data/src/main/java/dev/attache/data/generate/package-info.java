/**
 * A generator of large synthetic datasets: seeded, deterministic for a seed and a generator
 * version, partitionable by index ranges, and valid by construction (or invalid on purpose, one
 * named rule per entity). See {@link dev.attache.data.generate.DatasetGenerator}.
 */
package dev.attache.data.generate;
