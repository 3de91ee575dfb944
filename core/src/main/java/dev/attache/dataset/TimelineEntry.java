package dev.attache.dataset;

import dev.attache.model.Entity;
import dev.attache.common.PartialDate;
import dev.attache.model.Source;
import java.util.List;

/**
 * One dated entity on a timeline, with the sources it cites (those present in the dataset).
 * Immutable and thread-safe.
 *
 * @param date the entity's timeline date ({@link dev.attache.model.Entity#timelineDate()})
 * @param entity the entity
 * @param sources the sources it cites, in the order it cites them
 */
public record TimelineEntry(PartialDate date, Entity entity, List<Source> sources) {
  /**
   * Creates an entry.
   *
   * @param date the entity's timeline date, not null
   * @param entity the entity, not null
   * @param sources the sources it cites, not null, nor any of them null; copied into an
   *     unmodifiable list
   */
  public TimelineEntry {
    sources = List.copyOf(sources);
  }
}
