package dev.attache.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"2019", "2021-09", "2025-10-13", "0001", "9999-12-31", "2024-02-29"})
  void parseAndToStringRoundTrip(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void precisionFollowsTheTextForm() {
    assertThat(PartialDate.parse("2019").getPrecision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.parse("2021-09").getPrecision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.parse("2025-10-13").getPrecision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(PartialDate.parse("2021-09").getMonth()).hasValue(9);
    assertThat(PartialDate.parse("2021-09").getDay()).isEmpty();
  }

  @Test
  void monthThirteenIsRefusedWithTheValueQuoted() {
    assertThatThrownBy(() -> PartialDate.parse("2025-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2025-13'")
        .hasMessageContaining("month 13")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("date.invalid"));
    assertThatThrownBy(() -> PartialDate.of(2025, 13))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("month 13");
  }

  @Test
  void february29thOfACommonYearIsRefusedSayingWhy() {
    assertThatThrownBy(() -> PartialDate.parse("2023-02-29"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'2023-02-29'")
        .hasMessageContaining("'2023' is not a leap year");
    assertThatThrownBy(() -> PartialDate.parse("2025-02-30"))
        .hasMessageContaining("'2025-02-30'")
        .hasMessageContaining("has 28 days");
    assertThatThrownBy(() -> PartialDate.of(2025, 4, 31)).hasMessageContaining("has 30 days");
    // built from numbers, the date is quoted as it is written
    assertThatThrownBy(() -> PartialDate.of(2023, 2, 29)).hasMessageContaining("'2023-02-29'");
    assertThatThrownBy(() -> PartialDate.of(2025, 13)).hasMessageContaining("'2025-13'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "19", "20199", "2019-9", "2019-09-1", "2019/09", "２０１９", "2019-09-01T00",
      "+2019", "-201", "2019-", "0000", "abcd"})
  void malformedOrImpossibleTextIsRefused(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void aHugeInputIsQuotedShort() {
    String huge = "9".repeat(100_000);
    assertThatThrownBy(() -> PartialDate.parse(huge))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void aCoarserDateSortsBeforeTheMorePreciseDatesInsideIt() {
    List<PartialDate> dates = new ArrayList<>(List.of(
        PartialDate.parse("2019-02"), PartialDate.parse("2019-01-01"), PartialDate.parse("2020"),
        PartialDate.parse("2019"), PartialDate.parse("2019-01"), PartialDate.parse("2018-12-31")));
    Collections.sort(dates);
    assertThat(dates).extracting(PartialDate::toString)
        .containsExactly("2018-12-31", "2019", "2019-01", "2019-01-01", "2019-02", "2020");
  }

  @Test
  void orderIsConsistentWithEquals() {
    assertThat(PartialDate.parse("2019")).isEqualByComparingTo(PartialDate.of(2019))
        .isEqualTo(PartialDate.of(2019)).hasSameHashCodeAs(PartialDate.of(2019));
    assertThat(PartialDate.parse("2019")).isNotEqualTo(PartialDate.parse("2019-01"));
  }

  @Test
  void earliestAndLatestBoundWhatTheDateMayMean() {
    PartialDate year = PartialDate.of(2024);
    assertThat(year.earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(year.latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(PartialDate.of(2024, 2).latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(year.contains(LocalDate.of(2024, 6, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void certainlyBeforeOnlyWhenNoDayOverlaps() {
    assertThat(PartialDate.of(2019).isCertainlyBefore(PartialDate.of(2019, 5))).isFalse();
    assertThat(PartialDate.of(2019, 5).isCertainlyBefore(PartialDate.of(2019))).isFalse();
    assertThat(PartialDate.of(2018).isCertainlyBefore(PartialDate.of(2019, 1, 1))).isTrue();
    assertThat(PartialDate.of(2020).isCertainlyAfter(PartialDate.of(2019, 12))).isTrue();
  }

  @Test
  void truncationDropsPrecision() {
    assertThat(PartialDate.parse("2025-10-13").truncatedTo(PartialDate.Precision.MONTH))
        .hasToString("2025-10");
    assertThat(PartialDate.parse("2025").truncatedTo(PartialDate.Precision.DAY)).hasToString("2025");
  }
}
