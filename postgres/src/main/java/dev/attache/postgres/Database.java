package dev.attache.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connections from the application's data source, each call in its own connection: reads in
 * auto-commit, writes in one transaction that commits only when the whole call succeeded.
 * {@link SQLException}s become {@link StoreException}s that say what the store was doing.
 */
final class Database {
  /** Work on a connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Reads, in auto-commit. */
  <T> T read(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** The SQL state of a transaction that lost a race and may be run again from its start. */
  static final String SERIALIZATION_FAILURE = "40001";

  /** How often {@link #writeAgainIfRaced} runs a transaction that lost a race. */
  private static final int RACES = 5;

  /**
   * Writes, in one transaction, as {@link #write}; a transaction that lost a race with another
   * writer ({@value #SERIALIZATION_FAILURE}) is rolled back and run again, a few times at most.
   * For work that can run twice: it must not read a stream.
   */
  <T> T writeAgainIfRaced(String what, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return write(what, work);
      } catch (StoreException e) {
        if (attempt == RACES || !(e.getCause() instanceof SQLException cause)
            || !SERIALIZATION_FAILURE.equals(cause.getSQLState())) {
          throw e;
        }
      }
    }
  }

  /** Writes, in one transaction: all of it, or, on any exception, nothing. */
  <T> T write(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        restore(connection, autoCommit);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void restore(Connection connection, boolean autoCommit) {
    try {
      if (!connection.isClosed()) {
        connection.setAutoCommit(autoCommit); // a pooled connection goes back as it came
      }
    } catch (SQLException e) {
      // the connection is broken; the pool will find out
    }
  }

  static StoreException failure(String what, SQLException e) {
    return new StoreException("Could not " + what + ": " + e.getMessage()
        + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")"), e);
  }
}
