package dev.attache.postgres;

import java.sql.SQLException;

/**
 * The database could not do what the store asked: it is unreachable, a statement failed, a
 * transaction was rolled back. The cause is the driver's {@link SQLException}, whose SQL state
 * {@link #getSqlState()} repeats. Nothing of the failed call was written.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure with a message.
   *
   * @param message what the store was doing and what went wrong
   * @param cause the driver's exception, or null
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The SQL state of the database's error, such as {@code 08001} (cannot connect).
   *
   * @return the state, or null if the cause is not an {@link SQLException}
   */
  public String getSqlState() {
    return getCause() instanceof SQLException sql ? sql.getSQLState() : null;
  }
}
