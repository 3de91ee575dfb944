package dev.attache.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

  @ParameterizedTest
  @ValueSource(strings = {"2019/2025", "2023/..", "../2025", "../..", "2019-05/2019", "2025-03-03/2025-03-14"})
  void parseAndToStringRoundTrip(String text) {
    assertThat(DateRange.parse(text)).hasToString(text);
  }

  @Test
  void anEndBeforeTheStartIsRefusedWithBothQuoted() {
    assertThatThrownBy(() -> DateRange.of(PartialDate.of(2021), PartialDate.of(2019)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'2019'")
        .hasMessageContaining("'2021'")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("period.order"));
    assertThatThrownBy(() -> DateRange.parse("2025-03-14/2025-03-03"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void anEndKnownLessPreciselyMayStillFollowTheStart() {
    assertThat(DateRange.of(PartialDate.of(2019, 5), PartialDate.of(2019)).getEnd()).isPresent();
  }

  @Test
  void copiesKeepTheInvariant() {
    DateRange period = DateRange.of(PartialDate.of(2019), PartialDate.of(2025));
    assertThat(period.withEnd(PartialDate.of(2030))).hasToString("2019/2030");
    assertThatThrownBy(() -> period.withEnd(PartialDate.of(2010)))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019", "2019/2020/2021", "2019-2025", "/2019", "2019/", "x/.."})
  void malformedTextIsRefused(String text) {
    assertThatThrownBy(() -> DateRange.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/2019", "2019/", "/"})
  void anEmptySideIsAMalformedPeriodNotABadDate(String text) {
    assertThatThrownBy(() -> DateRange.parse(text)).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.getCode()).isEqualTo("period.malformed"))
        .hasMessageContaining("'..'");
  }

  @Test
  void containmentIsCertainOrPossible() {
    DateRange from2023 = DateRange.startingAt(PartialDate.of(2023));
    assertThat(from2023.certainlyContains(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(from2023.certainlyContains(LocalDate.of(2023, 6, 1))).isFalse();
    assertThat(from2023.possiblyContains(LocalDate.of(2023, 6, 1))).isTrue();
    assertThat(from2023.possiblyContains(LocalDate.of(2022, 12, 31))).isFalse();
    DateRange concept = DateRange.parse("2019/2025");
    assertThat(concept.certainlyContains(LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(concept.possiblyContains(LocalDate.of(2025, 6, 1))).isTrue();
  }

  @Test
  void overlapIsPossibleUnlessOneCertainlyEndsBeforeTheOtherStarts() {
    assertThat(DateRange.parse("2019/2021").possiblyOverlaps(DateRange.parse("2021/2023"))).isTrue();
    assertThat(DateRange.parse("2019/2020").possiblyOverlaps(DateRange.parse("2021/2023"))).isFalse();
    assertThat(DateRange.parse("../2020").possiblyOverlaps(DateRange.parse("2021/.."))).isFalse();
    assertThat(DateRange.parse("../..").possiblyOverlaps(DateRange.parse("2021/.."))).isTrue();
  }
}
