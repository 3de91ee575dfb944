package dev.attache.validation;

import java.util.List;

/** Thrown by {@link AttacheValidator#requireValid} with every problem of the value. */
public final class InvalidEntityException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Serialized with the exception: a list from {@code List.copyOf} of serializable problems. */
  private final List<Problem> problems;

  public InvalidEntityException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Problem> problems) {
    StringBuilder text = new StringBuilder("Invalid value: ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }

  /** Every problem, sorted by pointer and code. */
  public List<Problem> getProblems() {
    return problems;
  }
}
