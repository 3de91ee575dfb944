package dev.attache.model;

import static dev.attache.Checked.full;
import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.common.QualifiedDate;
import dev.attache.Examples;
import dev.attache.common.PartialDate;
import dev.attache.validation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CooperationRulesTest {
  private final Agreement agreement = Examples.agreement();

  @Test
  void theExampleAgreementIsValid() {
    assertThat(problems(agreement)).isEmpty();
  }

  @Test
  void anAgreementNeedsTwoParties() {
    assertThat(problems(agreement.withParties(Party.state("RU"))))
        .containsExactly("/parties agreement.parties.size");
  }

  @Test
  void repeatedPartiesAreReportedAtTheirIndexWithTheValue() {
    List<Problem> found = full(agreement.withParties(
        Party.state("RU"), Party.state("TM"), Party.state("RU")));
    assertThat(found).extracting(Problem::getPointer, Problem::getCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/parties/2", "agreement.parties.distinct"));
    assertThat(found.get(0).getValue()).hasValue("RU");
    assertThat(found.get(0).getMessage()).isEqualTo("the parties of an agreement must be distinct");
  }

  @Test
  void twoIdenticalPartiesBreakBothRules() {
    assertThat(problems(agreement.withParties(Party.state("RU"), Party.state("RU"))))
        .containsExactly("/parties/1 agreement.parties.distinct");
  }

  @Test
  void fromSignedOnASignatureDateIsRequired() {
    Agreement unsigned = agreement.withSignedOn(java.util.Optional.empty()).withInForceFrom(
        java.util.Optional.empty());
    for (AgreementStatus status : AgreementStatus.values()) {
      List<String> found = problems(unsigned.withStatus(status));
      if (status.isSigned()) {
        assertThat(found).as(status.name()).containsExactly("/signedOn agreement.signed.date");
      } else {
        assertThat(found).as(status.name()).isEmpty();
      }
    }
  }

  @Test
  void anAgreementReachedButNotSignedIsAgreed() {
    assertThat(AgreementStatus.AGREED.isSigned()).isFalse();
    assertThat(AgreementStatus.SIGNED.isSigned()).isTrue();
    assertThat(AgreementStatus.TERMINATED.isSigned()).isTrue();
  }

  @Test
  void inForceBeforeSignedIsReportedWithTheDate() {
    List<Problem> found = full(agreement.withInForceFrom(QualifiedDate.of(PartialDate.parse("2025-03-13"))));
    assertThat(found).extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/inForceFrom agreement.in-force.order");
    assertThat(found.get(0).getValue()).hasValue("2025-03-13");
  }

  @Test
  void partialDatesAreBeforeOnlyWhenCertainlySo() {
    // in force "2025" may well be on or after a signature on 2025-03-14
    assertThat(problems(agreement.withInForceFrom(QualifiedDate.of(PartialDate.of(2025))))).isEmpty();
    assertThat(problems(agreement.withInForceFrom(QualifiedDate.of(PartialDate.of(2024)))))
        .containsExactly("/inForceFrom agreement.in-force.order");
  }

  @Test
  void expiryBeforeInForceIsReported() {
    assertThat(problems(agreement.withExpiresOn(QualifiedDate.of(PartialDate.parse("2025-03-31")))))
        .containsExactly("/expiresOn agreement.expiry.order");
    // with no in-force date, expiry may not precede the signature either
    assertThat(problems(agreement.withInForceFrom(java.util.Optional.empty())
        .withExpiresOn(QualifiedDate.of(PartialDate.of(2024)))))
        .containsExactly("/expiresOn agreement.expiry.order");
  }

  @Test
  void signedBeforeProposedIsReported() {
    assertThat(problems(agreement.withProposedOn(QualifiedDate.of(PartialDate.of(2026)))))
        .containsExactly("/signedOn agreement.signed.order");
  }

  @Test
  void everyBrokenRuleIsReportedNotTheFirstOnly() {
    Agreement broken = agreement
        .withParties(Party.state("RU"))
        .withStatus(AgreementStatus.IN_FORCE)
        .withSignedOn(java.util.Optional.empty())
        .withInForceFrom(QualifiedDate.of(PartialDate.of(2025)))
        .withExpiresOn(QualifiedDate.of(PartialDate.of(2020)))
        .withOtherAreas(" ");
    assertThat(problems(broken)).containsExactly(
        "/expiresOn agreement.expiry.order",
        "/otherAreas/0 value.blank",
        "/parties agreement.parties.size",
        "/signedOn agreement.signed.date");
  }

  @Test
  void commissionPartiesFollowTheSameRulesWithTheirOwnCodes() {
    Commission commission = Examples.commission();
    assertThat(problems(commission)).isEmpty();
    assertThat(problems(commission.withParties(Party.state("RU"))))
        .containsExactly("/parties commission.parties.size");
    assertThat(problems(commission.withParties(Party.state("RU"), Party.state("TM"),
        Party.state("TM")))).containsExactly("/parties/2 commission.parties.distinct");
  }

  @Test
  void aSessionNumberCountsFromOne() {
    CommissionSession session = Examples.commissionSession();
    assertThat(problems(session)).isEmpty();
    assertThat(problems(session.withNumber(0))).containsExactly("/number value.positive");
  }
}
