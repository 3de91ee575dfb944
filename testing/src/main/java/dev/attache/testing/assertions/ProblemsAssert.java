package dev.attache.testing.assertions;

import dev.attache.validation.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a list of {@link Problem}s, by their stable codes and pointers. Each assertion
 * fails with an {@link AssertionError} if the list is null; the message of a failed check lists
 * every problem. Not thread-safe, as AssertJ's assertions are not.
 */
public final class ProblemsAssert extends AbstractObjectAssert<ProblemsAssert, List<Problem>> {

  ProblemsAssert(List<Problem> actual) {
    super(actual, ProblemsAssert.class);
  }

  /**
   * There is no problem.
   *
   * @return this assertion
   * @throws AssertionError if there is a problem
   */
  public ProblemsAssert isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected no problem but found %d:%n%s", actual.size(), lines());
    }
    return this;
  }

  /**
   * Some problem has this code.
   *
   * @param code the expected code, such as {@code agreement.parties.distinct}, not null
   * @return this assertion
   * @throws AssertionError if no problem has the code
   */
  public ProblemsAssert containsCode(String code) {
    isNotNull();
    if (actual.stream().noneMatch(p -> p.getCode().equals(code))) {
      failWithMessage("Expected a problem with code %s but found:%n%s", code, lines());
    }
    return this;
  }

  /**
   * Some problem has this code at this JSON Pointer.
   *
   * @param pointer the expected JSON Pointer, {@code ""} for the value itself, not null
   * @param code the expected code, not null
   * @return this assertion
   * @throws AssertionError if no problem has both the code and the pointer
   */
  public ProblemsAssert containsCodeAt(String pointer, String code) {
    isNotNull();
    if (actual.stream().noneMatch(p -> p.getCode().equals(code) && p.getPointer().equals(pointer))) {
      failWithMessage("Expected a problem %s at %s but found:%n%s", code, pointer, lines());
    }
    return this;
  }

  /**
   * The problems have exactly these codes, in any order, each at least once.
   *
   * @param codes the expected codes, not null and without null elements; none for no problem
   * @return this assertion
   * @throws AssertionError if the set of the problems' codes is not the set of these
   */
  public ProblemsAssert hasOnlyCodes(String... codes) {
    isNotNull();
    Set<String> actualCodes = new TreeSet<>();
    actual.forEach(p -> actualCodes.add(p.getCode()));
    Set<String> expected = new TreeSet<>(Arrays.asList(codes));
    if (!actualCodes.equals(expected)) {
      failWithMessage("Expected codes %s but found %s:%n%s", expected, actualCodes, lines());
    }
    return this;
  }

  /**
   * There are exactly this many problems.
   *
   * @param size the expected number of problems
   * @return this assertion
   * @throws AssertionError if there is another number of problems
   */
  public ProblemsAssert hasSize(int size) {
    isNotNull();
    if (actual.size() != size) {
      failWithMessage("Expected %d problems but found %d:%n%s", size, actual.size(), lines());
    }
    return this;
  }

  private String lines() {
    StringBuilder text = new StringBuilder();
    actual.forEach(p -> text.append("  ").append(p).append(System.lineSeparator()));
    return text.toString();
  }
}
