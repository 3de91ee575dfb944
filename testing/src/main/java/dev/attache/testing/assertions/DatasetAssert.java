package dev.attache.testing.assertions;

import dev.attache.model.EntityKind;
import dev.attache.model.Ref;
import dev.attache.dataset.Dataset;
import dev.attache.validation.Problem;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Dataset}. Each assertion fails with an {@link AssertionError} if the
 * dataset is null. Not thread-safe, as AssertJ's assertions are not.
 */
public final class DatasetAssert extends AbstractObjectAssert<DatasetAssert, Dataset> {

  DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class);
  }

  /**
   * Every entity is valid and the dataset passes every integrity check
   * ({@link Dataset#validate()} finds no problem).
   *
   * @return this assertion
   * @throws AssertionError if there is a problem; the message lists the first 20
   */
  public DatasetAssert hasNoProblems() {
    isNotNull();
    List<Problem> problems = actual.validate();
    if (!problems.isEmpty()) {
      StringBuilder text = new StringBuilder();
      problems.stream().limit(20).forEach(p -> text.append("  ").append(p).append('\n'));
      failWithMessage("Expected no problem but found %d:%n%s", problems.size(), text);
    }
    return this;
  }

  /**
   * The dataset has exactly this many entities of a kind.
   *
   * @param kind the kind, not null
   * @param count the expected number of entities of the kind, zero or more
   * @return this assertion
   * @throws AssertionError if the dataset has another number of entities of the kind
   */
  public DatasetAssert hasCount(EntityKind kind, int count) {
    isNotNull();
    int actualCount = actual.countByKind().getOrDefault(kind, 0);
    if (actualCount != count) {
      failWithMessage("Expected %d entities of kind %s but found %d", count, kind, actualCount);
    }
    return this;
  }

  /**
   * The dataset has an entity with this id.
   *
   * @param id the id, {@code kind:slug}, not null
   * @return this assertion
   * @throws AssertionError if no entity has the id
   * @throws dev.attache.common.InvalidValueException if {@code id} is not a well-formed id
   */
  public DatasetAssert containsId(String id) {
    isNotNull();
    if (actual.find(Ref.parse(id)).isEmpty()) {
      failWithMessage("Expected the dataset to contain %s", id);
    }
    return this;
  }
}
