package dev.attache.testing.assertions;

import dev.attache.model.AttachePosting;
import dev.attache.model.Agreement;
import dev.attache.dataset.Dataset;
import dev.attache.validation.Problem;
import java.util.List;

/**
 * The entry point of the assertions, beside AssertJ's own:
 * {@code import static dev.attache.testing.assertions.AttacheAssertions.assertThat;}
 *
 * <pre>{@code
 * assertThat(agreement).isInForceOn(LocalDate.of(2025, 6, 1));
 * assertThat(posting).hasStatus(PostingStatus.ACTIVE);
 * assertThatProblems(problems).containsCode("agreement.parties.distinct");
 * assertThat(dataset).hasNoProblems();
 * }</pre>
 */
public final class AttacheAssertions {
  private AttacheAssertions() {}

  /**
   * Assertions on an agreement.
   *
   * @param actual the agreement to check, may be null
   * @return a new assertion on it, not null
   */
  public static AgreementAssert assertThat(Agreement actual) {
    return new AgreementAssert(actual);
  }

  /**
   * Assertions on an attaché posting.
   *
   * @param actual the posting to check, may be null
   * @return a new assertion on it, not null
   */
  public static PostingAssert assertThat(AttachePosting actual) {
    return new PostingAssert(actual);
  }

  /**
   * Assertions on a dataset.
   *
   * @param actual the dataset to check, may be null
   * @return a new assertion on it, not null
   */
  public static DatasetAssert assertThat(Dataset actual) {
    return new DatasetAssert(actual);
  }

  /**
   * Assertions on problems; named apart so it never clashes with AssertJ's list assertions.
   *
   * @param actual the problems to check, may be null
   * @return a new assertion on them, not null
   */
  public static ProblemsAssert assertThatProblems(List<Problem> actual) {
    return new ProblemsAssert(actual);
  }
}
