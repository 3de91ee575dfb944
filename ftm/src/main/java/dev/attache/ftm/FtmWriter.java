package dev.attache.ftm;

import dev.attache.model.Entity;

/**
 * Writes attache entities to FollowTheMoney, counting what it maps and skips. Not thread-safe.
 */
public interface FtmWriter extends AutoCloseable {
  /**
   * Writes the FtM form of one entity, or counts it as skipped.
   *
   * @param entity the entity, not null
   * @return this writer
   * @throws java.io.UncheckedIOException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  FtmWriter write(Entity entity);

  /**
   * What was mapped, skipped and written so far.
   *
   * @return the summary, not null
   */
  FtmSummary summary();

  /**
   * Flushes what is buffered and closes the writer; the stream is not closed. Closing a closed
   * writer does nothing.
   *
   * @throws java.io.UncheckedIOException if writing fails
   */
  @Override
  void close();
}
