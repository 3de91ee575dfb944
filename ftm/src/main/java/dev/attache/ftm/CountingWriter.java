package dev.attache.ftm;

import dev.attache.model.Entity;
import java.util.List;
import java.util.Objects;

/**
 * What both writers share: an entity of a kind FtM has no schema for is counted as skipped; the
 * others are mapped, each FtM entity written by the subclass and counted by its schema. A closed
 * writer refuses to write; closing it again does nothing.
 */
abstract class CountingWriter implements FtmWriter {
  private final FtmExport export;
  private final FtmSummary summary = new FtmSummary();
  private boolean closed;

  CountingWriter(FtmExport export) {
    this.export = export;
  }

  /** Writes one FtM entity. */
  abstract void write(FtmEntity entity);

  /** Flushes what is buffered to the stream, which stays open. */
  abstract void flush();

  @Override
  public final FtmWriter write(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    if (closed) {
      throw new IllegalStateException("the FtM writer is closed");
    }
    // the mapping gives every kind with an FtM schema at least one entity, the others none
    List<FtmEntity> mapped = export.map(entity);
    if (mapped.isEmpty()) {
      summary.skipped(entity.entityKind());
      return this;
    }
    summary.mapped(entity.entityKind());
    for (FtmEntity ftm : mapped) {
      write(ftm);
      summary.written(ftm.schema());
    }
    return this;
  }

  @Override
  public final void close() {
    if (!closed) {
      closed = true;
      flush();
    }
  }

  @Override
  public final FtmSummary summary() {
    return summary;
  }
}
