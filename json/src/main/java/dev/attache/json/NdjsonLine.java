package dev.attache.json;

import dev.attache.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * One line of an NDJSON stream: its entity, or the problems that kept it from being one.
 *
 * @param number the 1-based line number in the stream
 * @param entity the entity of the line, if it decoded (and validated)
 * @param problems the problems of the line, each with this line number
 */
public record NdjsonLine(long number, Optional<DecodedEntity> entity, List<Problem> problems) {
  public NdjsonLine {
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
