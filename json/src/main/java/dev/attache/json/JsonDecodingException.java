package dev.attache.json;

import dev.attache.validation.Problem;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when a value read through Jackson (the {@link AttacheModule}, or
 * {@link AttacheJson#read(String, Class)}) has problems: every problem is here, not the first only.
 * It is a {@link DatabindException}, so Jackson adds the path of the enclosing value.
 */
public final class JsonDecodingException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** Serialized with the exception: a list from {@code List.copyOf} of serializable problems. */
  private final List<Problem> problems;

  JsonDecodingException(JsonParser parser, List<Problem> problems) {
    super(parser, summary(problems), parser == null ? null : parser.currentTokenLocation());
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Problem> problems) {
    StringBuilder text = new StringBuilder().append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem problem : problems.subList(0, Math.min(10, problems.size()))) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }

  /**
   * The problems, and where in the enclosing value Jackson was (its path of properties), without
   * the location and source excerpt Jackson appends: the problems carry their own lines and
   * columns, and input is never echoed.
   *
   * @return the message, one line per problem (the first ten), not null
   */
  @Override
  public String getMessage() {
    String path = getPathReference();
    return getOriginalMessage() + (_path == null || _path.isEmpty() ? "" : "\n  at " + path);
  }

  /**
   * Every problem of the value.
   *
   * @return the problems, unmodifiable, not null
   */
  public List<Problem> getProblems() {
    return problems;
  }
}
