package dev.attache.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Agreement;
import dev.attache.model.AgreementKind;
import dev.attache.model.AgreementStatus;
import dev.attache.model.AttachePosting;
import dev.attache.model.PostingStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day ranges behind the as-of questions agree with the questions, day by day. */
class DayRangeTest {
  @Test
  void aRangeContainsItsDaysAndAnEmptyOneNone() {
    DayRange year = new DayRange(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
    assertThat(year.contains(LocalDate.of(2021, 1, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(DayRange.NONE.isEmpty()).isTrue();
    assertThat(DayRange.NONE.contains(LocalDate.of(2021, 1, 1))).isFalse();
    assertThat(DayRange.ALL.contains(LocalDate.MIN)).isTrue();
    assertThat(DayRange.ALL.isOpenBefore() && DayRange.ALL.isOpenAfter()).isTrue();
    assertThat(year.overlaps(new DayRange(LocalDate.of(2021, 12, 31), LocalDate.MAX))).isTrue();
    assertThat(year.overlaps(new DayRange(LocalDate.of(2022, 1, 1), LocalDate.MAX))).isFalse();
    assertThat(year.overlaps(DayRange.NONE)).isFalse();
    assertThat(year).hasToString("[2021-01-01, 2021-12-31]");
    assertThat(DayRange.ALL).hasToString("[.., ..]");
    assertThat(DayRange.NONE).hasToString("[]");
  }

  @Test
  void periodsHavePossibleAndCertainDays() {
    DateRange period = DateRange.parse("2019-05/2021");
    assertThat(period.possibleDays())
        .isEqualTo(new DayRange(LocalDate.of(2019, 5, 1), LocalDate.of(2021, 12, 31)));
    assertThat(period.certainDays())
        .isEqualTo(new DayRange(LocalDate.of(2019, 5, 31), LocalDate.of(2021, 1, 1)));
    assertThat(DateRange.parse("2019/2019").certainDays().isEmpty()).isTrue();
    assertThat(DateRange.parse("2023/..").possibleDays().isOpenAfter()).isTrue();
  }

  @Test
  void theAsOfQuestionsAreTheirRangesDayByDay() {
    LocalDate from = LocalDate.of(2018, 12, 25);
    LocalDate to = LocalDate.of(2027, 1, 5);
    Agreement signed = Agreement.builder().id("agreement:a").title("A")
        .kind(AgreementKind.MEMORANDUM).addParties("RU", "TM").status(AgreementStatus.EXPIRED)
        .signedOn("2019-05").expiresOn("2025").build();
    AttachePosting planned = AttachePosting.builder().id("posting:p")
        .service("attache-service:s").hostCountry("TM").status(PostingStatus.PLANNED)
        .plannedArrival("<=2025").build();
    AttachePosting active = planned.withStatus(PostingStatus.ACTIVE)
        .withArrival(QualifiedDate.parse("~2021")).withDeparture(QualifiedDate.parse(">=2026"));
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      assertThat(signed.daysInForce().contains(day)).isEqualTo(signed.isInForceOn(day));
      assertThat(planned.daysOn().contains(day)).isEqualTo(planned.isOn(day));
      assertThat(active.daysOn().contains(day)).isEqualTo(active.isOn(day));
    }
    assertThat(signed.daysInForce())
        .isEqualTo(new DayRange(LocalDate.of(2019, 5, 1), LocalDate.of(2025, 12, 31)));
    assertThat(signed.withStatus(AgreementStatus.PROPOSED).daysInForce()).isEqualTo(DayRange.NONE);
    assertThat(active.daysOn().isOpenAfter()).isTrue();
    assertThat(active.daysCertainlyThere())
        .isEqualTo(new DayRange(LocalDate.of(2021, 12, 31), LocalDate.of(2026, 1, 1)));
    assertThat(planned.daysCertainlyThere()).isEqualTo(DayRange.NONE);
  }
}
