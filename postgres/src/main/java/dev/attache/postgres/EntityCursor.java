package dev.attache.postgres;

import dev.attache.model.Entity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Spliterators;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The entities of a type read through a cursor, for {@link EntityStore#stream}. The cursor is
 * declared in SQL rather than left to the driver, whose cursor is planned as if every row were
 * wanted at once: for a kind, PostgreSQL then sorted all of its documents before the first came
 * back. A declared cursor is planned for its first rows ({@code cursor_tuple_fraction}), which
 * the index on (kind, seq) gives in order.
 *
 * <p>It holds a connection from the first row to the last and gives it back as soon as the last
 * row is read or reading fails, not only when the stream is closed: a stream used up without
 * try-with-resources does not keep a connection of the pool.
 */
final class EntityCursor<T extends Entity> extends Spliterators.AbstractSpliterator<T>
    implements AutoCloseable {
  private static final String NAME = "attache_stream";
  /** How many rows are fetched at a time. */
  static final int BATCH = 1000;

  private final Class<T> type;
  private Connection connection;
  private final PreparedStatement fetch;
  private ResultSet rows;
  private int read; // rows read of the batch in rows

  /** Opens the cursor on a connection of its own. */
  EntityCursor(DataSource dataSource, Class<T> type) {
    super(Long.MAX_VALUE, ORDERED | NONNULL);
    this.type = type;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false); // a cursor lives in a transaction
      try (Statement declare = connection.createStatement()) {
        declare.execute(declaration(type));
      }
      fetch = connection.prepareStatement("fetch forward " + BATCH + " from " + NAME);
    } catch (SQLException e) {
      throw released(Database.failure("read entities", e));
    }
  }

  /** The statement that declares the cursor of a type. */
  static String declaration(Class<? extends Entity> type) {
    return "declare " + NAME + " no scroll cursor for select " + Documents.DOC
        + " from attache.entity e" + EntityStore.kindFilter(type) + " order by e.seq";
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (connection == null) {
      return false; // read to the end, failed or closed
    }
    try {
      while (rows == null || !rows.next()) {
        if (rows != null && read < BATCH) {
          close(); // a batch short of full was the last
          return false;
        }
        rows = fetch.executeQuery();
        read = 0;
      }
      read++;
      action.accept(type.cast(Documents.read(rows.getString(1))));
      return true;
    } catch (SQLException e) {
      throw released(Database.failure("read entities", e));
    } catch (RuntimeException | Error e) { // the stream cannot go on: its connection goes back
      released(e);
      throw e;
    }
  }

  /** Ends the transaction (read only: nothing to keep) and gives the connection back; once. */
  @Override
  public void close() {
    SQLException failed = release();
    if (failed != null) {
      throw Database.failure("close a stream of entities", failed);
    }
  }

  /** {@code failure}, after the connection went back (with what failed then, suppressed). */
  private <E extends Throwable> E released(E failure) {
    SQLException failed = release();
    if (failed != null) {
      failure.addSuppressed(failed);
    }
    return failure;
  }

  private SQLException release() {
    if (connection == null) {
      return null;
    }
    Connection held = connection;
    connection = null;
    SQLException failed = null;
    try {
      held.rollback(); // closes the cursor too
      held.setAutoCommit(true);
    } catch (SQLException e) {
      failed = e;
    }
    try {
      held.close();
    } catch (SQLException e) {
      if (failed == null) {
        failed = e;
      } else {
        failed.addSuppressed(e);
      }
    }
    return failed;
  }
}
