package dev.attache.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A connection pool on the benchmark's server, as an application would have. */
final class Pool {
  private Pool() {}

  static HikariDataSource of(EmbeddedPostgres server) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }
}
