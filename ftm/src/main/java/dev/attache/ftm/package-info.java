/**
 * The FollowTheMoney export: {@link dev.attache.ftm.FtmExport} maps each entity to FtM entities
 * ({@code {id, schema, properties}}) and writes them as NDJSON ({@link dev.attache.ftm.FtmWriter})
 * or as FtM statements in CSV, one row a property value with the attache sources it came from.
 * What maps to what, and what is lost, is in {@code ftm/MAPPING.md}.
 */
package dev.attache.ftm;
