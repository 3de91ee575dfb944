package dev.attache.ftm;

import dev.attache.model.Entity;
import java.util.List;

/**
 * What both writers share: an entity of a kind FtM has no schema for is counted as skipped; the
 * others are mapped, each FtM entity written by the subclass and counted by its schema.
 */
abstract class CountingWriter implements FtmWriter {
  private final FtmExport export;
  private final FtmSummary summary = new FtmSummary();

  CountingWriter(FtmExport export) {
    this.export = export;
  }

  /** Writes one FtM entity. */
  abstract void write(FtmEntity entity);

  @Override
  public final FtmWriter write(Entity entity) {
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
  public final FtmSummary summary() {
    return summary;
  }
}
