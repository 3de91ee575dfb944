package dev.attache.testing.assertions;

import dev.attache.model.AttachePosting;
import dev.attache.model.Duty;
import dev.attache.model.PostingStatus;
import dev.attache.common.CountryCode;
import java.time.LocalDate;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an {@link AttachePosting}. Each assertion fails with an {@link AssertionError} if
 * the posting is null. Not thread-safe, as AssertJ's assertions are not.
 */
public final class PostingAssert extends AbstractObjectAssert<PostingAssert, AttachePosting> {

  PostingAssert(AttachePosting actual) {
    super(actual, PostingAssert.class);
  }

  /**
   * The posting has this status.
   *
   * @param status the expected status, not null
   * @return this assertion
   * @throws AssertionError if the posting has another status
   */
  public PostingAssert hasStatus(PostingStatus status) {
    isNotNull();
    if (actual.getStatus() != status) {
      failWithMessage("Expected %s to have status %s but was %s", actual.getId(), status,
          actual.getStatus());
    }
    return this;
  }

  /**
   * The posting is in this host country.
   *
   * @param countryCode the ISO 3166-1 alpha-2 code of the expected country, in upper case
   *     ({@code "TM"}), not null
   * @return this assertion
   * @throws AssertionError if the posting is in another country
   * @throws dev.attache.common.InvalidValueException if {@code countryCode} is not a known
   *     country code
   */
  public PostingAssert isInHostCountry(String countryCode) {
    isNotNull();
    if (!actual.getHostCountry().equals(CountryCode.of(countryCode))) {
      failWithMessage("Expected %s to be in %s but it is in %s", actual.getId(), countryCode,
          actual.getHostCountry());
    }
    return this;
  }

  /**
   * The posting stands on the date, for its status ({@link AttachePosting#isOn}).
   *
   * @param date the date, not null
   * @return this assertion
   * @throws AssertionError if the posting does not stand on the date
   */
  public PostingAssert isOn(LocalDate date) {
    isNotNull();
    if (!actual.isOn(date)) {
      failWithMessage("Expected %s (%s) to stand on %s", actual.getId(), actual.getStatus(), date);
    }
    return this;
  }

  /**
   * The posting has this duty among its duties.
   *
   * @param duty the expected duty, not null
   * @return this assertion
   * @throws AssertionError if the duty is not one of the posting's
   */
  public PostingAssert hasDuty(Duty duty) {
    isNotNull();
    if (!actual.getDuties().contains(duty)) {
      failWithMessage("Expected %s to have duty %s but its duties are %s", actual.getId(), duty,
          actual.getDuties());
    }
    return this;
  }
}
