package dev.attache.testing.assertions;

import dev.attache.model.Party;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementStatus;
import dev.attache.model.CooperationArea;
import java.time.LocalDate;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an {@link Agreement}. Each assertion fails with an {@link AssertionError} if the
 * agreement is null. Not thread-safe, as AssertJ's assertions are not.
 */
public final class AgreementAssert extends AbstractObjectAssert<AgreementAssert, Agreement> {

  AgreementAssert(Agreement actual) {
    super(actual, AgreementAssert.class);
  }

  /**
   * The agreement may be in force on the date ({@link Agreement#isInForceOn}).
   *
   * @param date the date, not null
   * @return this assertion
   * @throws AssertionError if the agreement is not in force on the date
   */
  public AgreementAssert isInForceOn(LocalDate date) {
    isNotNull();
    if (!actual.isInForceOn(date)) {
      failWithMessage("Expected %s to be in force on %s, but it is %s (signed %s, in force from %s,"
              + " expires %s)", actual.getId(), date, actual.getStatus(), actual.getSignedOn(),
          actual.getInForceFrom(), actual.getExpiresOn());
    }
    return this;
  }

  /**
   * The agreement cannot be in force on the date ({@link Agreement#isInForceOn} is false).
   *
   * @param date the date, not null
   * @return this assertion
   * @throws AssertionError if the agreement may be in force on the date
   */
  public AgreementAssert isNotInForceOn(LocalDate date) {
    isNotNull();
    if (actual.isInForceOn(date)) {
      failWithMessage("Expected %s not to be in force on %s", actual.getId(), date);
    }
    return this;
  }

  /**
   * The agreement has this status.
   *
   * @param status the expected status, not null
   * @return this assertion
   * @throws AssertionError if the agreement has another status
   */
  public AgreementAssert hasStatus(AgreementStatus status) {
    isNotNull();
    if (actual.getStatus() != status) {
      failWithMessage("Expected %s to have status %s but was %s", actual.getId(), status,
          actual.getStatus());
    }
    return this;
  }

  /**
   * The agreement has this party among its parties.
   *
   * @param party the expected party, not null
   * @return this assertion
   * @throws AssertionError if the party is not one of the agreement's
   */
  public AgreementAssert hasParty(Party party) {
    isNotNull();
    if (!actual.getParties().contains(party)) {
      failWithMessage("Expected %s to have party %s but its parties are %s", actual.getId(),
          party, actual.getParties());
    }
    return this;
  }

  /**
   * The agreement covers this area of cooperation.
   *
   * @param area the expected area, not null
   * @return this assertion
   * @throws AssertionError if the area is not one of the agreement's
   */
  public AgreementAssert coversArea(CooperationArea area) {
    isNotNull();
    if (!actual.getAreas().contains(area)) {
      failWithMessage("Expected %s to cover %s but its areas are %s", actual.getId(), area,
          actual.getAreas());
    }
    return this;
  }
}
