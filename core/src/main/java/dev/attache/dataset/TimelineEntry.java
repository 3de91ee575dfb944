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

  /**
   * The entry in one line: {@code 2025-03-14 agreement:ru-tm-digital [source:trend-2021-10-06]}.
   *
   * @return the date, the id and the ids of the sources, never the whole entity
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(date).append(' ').append(entity.getId())
        .append(" [");
    for (int i = 0; i < sources.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(sources.get(i).getId());
    }
    return text.append(']').toString();
  }
}
