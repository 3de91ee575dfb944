package dev.attache.validation;

import java.util.List;

/** Thrown by {@link AttacheValidator#requireValid} with every problem of the value. */
public final class InvalidEntityException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Serialized with the exception: a list from {@code List.copyOf} of serializable problems. */
  private final List<Problem> problems;

  /**
   * Creates an exception with the problems of a value; its message counts them and lists each on
   * a line of its own.
   *
   * @param problems the problems, not null, nor any of them null; copied
   */
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

  /**
   * Every problem, sorted by pointer and code.
   *
   * @return the problems in the order given, sorted when thrown by
   *     {@link AttacheValidator#requireValid}; an unmodifiable list
   */
  public List<Problem> getProblems() {
    return problems;
  }
}
