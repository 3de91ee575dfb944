/**
 * attache in PostgreSQL: {@link dev.attache.postgres.EntityStore} keeps entities as their format-1
 * JSON with every earlier version, writes only valid ones, imports NDJSON with {@code COPY}, and
 * answers the questions of {@link dev.attache.dataset.Dataset} in SQL with the same answers in the
 * same order. The API is {@code EntityStore}, the records it returns ({@link
 * dev.attache.postgres.Versioned}, {@link dev.attache.postgres.Revision},
 * {@link dev.attache.postgres.ImportResult}) and its exceptions
 * ({@link dev.attache.postgres.StoreException}, {@link dev.attache.postgres.VersionConflictException});
 * the tables are described in the migrations ({@code V1__store.sql} and after) and the README.
 */
package dev.attache.postgres;
