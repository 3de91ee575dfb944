package dev.attache.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The store's tables, in the schema {@value #NAME}, brought to the version this jar needs by
 * Flyway with the migrations it ships ({@code dev/attache/postgres/migration}); its own history
 * table is {@code attache.flyway_schema_history}, apart from an application's.
 */
final class Schema {
  /** The schema every table of the store is in. */
  static final String NAME = "attache";

  private Schema() {}

  static void migrate(DataSource dataSource) {
    try {
      Flyway.configure(Schema.class.getClassLoader())
          .dataSource(dataSource)
          .schemas(NAME)
          .createSchemas(true)
          .locations("classpath:dev/attache/postgres/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("Could not bring the schema '" + NAME + "' up to date: "
          + e.getMessage(), e);
    }
  }
}
