package dev.attache.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QualifiedDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"2025", "~2019", ">=2023-05", "<=2025", "~2025-10-13"})
  void parseAndToStringRoundTrip(String text) {
    assertThat(QualifiedDate.parse(text)).hasToString(text);
  }

  @Test
  void beforeTheEndOfTheYearIsNotLaterThanTheYear() {
    QualifiedDate arrival = QualifiedDate.parse("<=2025");
    assertThat(arrival.getQualifier()).isEqualTo(DateQualifier.NOT_LATER_THAN);
    assertThat(arrival.getDate()).isEqualTo(PartialDate.of(2025));
    assertThat(arrival.isExact()).isFalse();
    assertThat(QualifiedDate.of(PartialDate.of(2025)).isExact()).isTrue();
  }

  @Test
  void aBadDateInsideIsRefused() {
    assertThatThrownBy(() -> QualifiedDate.parse("<=2025-13"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("'2025-13'");
    assertThatThrownBy(() -> QualifiedDate.parse("<2025")).isInstanceOf(InvalidValueException.class);
  }
}
