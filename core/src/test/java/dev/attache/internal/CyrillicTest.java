package dev.attache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CyrillicTest {

  @Test
  void russianNamesAreRomanizedPassportStyle() {
    assertThat(Cyrillic.toLatin("Хаджимырат Худайгулыев")).isEqualTo("Khadzhimyrat Khudaygulyev");
    assertThat(Cyrillic.toLatin("Щербаков, Журавлёв и Соловьёв"))
        .isEqualTo("Shcherbakov, Zhuravlev i Solovev");
    assertThat(Cyrillic.toLatin("IT-парк «Санлы»")).isEqualTo("IT-park «Sanly»");
    assertThat(Cyrillic.latin('ы')).isEqualTo("y");
    assertThat(Cyrillic.latin('q')).isNull();
  }
}
