package dev.attache.json;

import dev.attache.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * One line of an NDJSON stream: its entity, or the problems that kept it from being one.
 * Immutable and thread-safe as far as its {@link DecodedEntity} is.
 *
 * @param number the 1-based line number in the stream
 * @param entity the entity of the line, if it decoded (and validated)
 * @param problems the problems of the line, each with this line number
 */
public record NdjsonLine(long number, Optional<DecodedEntity> entity, List<Problem> problems) {
  /**
   * Creates a line, copying the problems into an unmodifiable list.
   *
   * @param number the 1-based line number in the stream
   * @param entity the entity of the line, empty if the line has problems; not null
   * @param problems the problems of the line, not null and without null elements
   */
  public NdjsonLine {
    problems = List.copyOf(problems);
  }

  /**
   * True if the line has no problem, and so an entity.
   *
   * @return true if {@link #problems()} is empty
   */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
