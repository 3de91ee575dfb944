package dev.attache.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.internal.Texts;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

  private final Names minister = Names.builder()
      .put("en", "Hajymyrat Hudayguliyev")
      .put("ru", "Худайгулыев Хаджимурат")
      .addAliases("Khadzhimyrat Khudaygulyev", "Hajymyrat Hudayguliyev", "Khadzhimyrat Khudaygulyev")
      .build();

  @Test
  void namesAreKeptPerLanguageWithAliases() {
    assertThat(minister.get("ru")).hasValue("Худайгулыев Хаджимурат");
    assertThat(minister.get(Locale.forLanguageTag("ru-RU"))).isEqualTo("Худайгулыев Хаджимурат");
    assertThat(minister.get(Locale.forLanguageTag("tk"))).isEqualTo("Hajymyrat Hudayguliyev");
    assertThat(minister.getPrimary()).isEqualTo("Hajymyrat Hudayguliyev");
  }

  @Test
  void aliasesDropRepeatsOfNamesAndOfEachOther() {
    assertThat(minister.getAliases()).containsExactly("Khadzhimyrat Khudaygulyev");
    assertThat(minister.allSpellings()).containsExactly(
        "Hajymyrat Hudayguliyev", "Худайгулыев Хаджимурат", "Khadzhimyrat Khudaygulyev");
  }

  @Test
  void manyAliasesDropRepeatsToo() {
    Names.Builder builder = Names.builder().put("en", "Name");
    for (int i = 0; i < 5_000; i++) {
      builder.addAliases("alias " + i, "alias " + i, "Name");
    }
    Names names = builder.build();
    assertThat(names.getAliases()).hasSize(5_000).startsWith("alias 0", "alias 1")
        .doesNotContain("Name");
  }

  @Test
  void languageTagsAreCanonicalOrRefused() {
    assertThat(Names.canonicalTag("EN-gb")).isEqualTo("en-GB");
    assertThat(Names.canonicalTag("tk")).isEqualTo("tk");
    for (String bad : new String[] {"", "und", "not a tag", "en_GB"}) {
      assertThatThrownBy(() -> Names.canonicalTag(bad)).isInstanceOf(InvalidValueException.class)
          .hasFieldOrPropertyWithValue("code", "names.language");
    }
  }

  @Test
  void atLeastOneNameIsRequired() {
    assertThatThrownBy(() -> Names.builder().addAlias("UNDP").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at least one name")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("names.empty"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n", "\u00a0", "\u200b", "\u3000"})
  void aBlankNameIsRefusedWithTheValueQuoted(String blank) {
    assertThatThrownBy(() -> Names.of("en", blank))
        .isInstanceOf(InvalidValueException.class)
        // quoted printable: a tab or line break is shown as an escape, never breaks the line
        .hasMessageContaining("'" + Texts.printable(blank) + "'")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("names.blank"));
    assertThatThrownBy(() -> Names.builder().put("en", "UNDP").addAlias(blank).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"e n", "english-language-tag", "", "123", "en_US", "und"})
  void aMalformedLanguageTagIsRefusedWithTheTagQuoted(String tag) {
    assertThatThrownBy(() -> Names.of(tag, "UNDP"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + tag + "'")
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode()).isEqualTo("names.language"));
  }

  @Test
  void tagsAreKeptInCanonicalForm() {
    Names names = Names.builder().put("EN", "UNDP").put("ru-latn", "PROON").build();
    assertThat(names.getByLanguage()).containsOnlyKeys("en", "ru-Latn");
    assertThatThrownBy(() -> Names.builder().put("EN", "UNDP").put("en", "U.N.D.P.").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'en'");
  }

  @Test
  void collectionsAreImmutable() {
    assertThatThrownBy(() -> minister.getAliases().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> minister.getByLanguage().put("tk", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullIsRefusedEverywhere() {
    assertThatThrownBy(() -> Names.of("en", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Names.builder().addAlias(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aNameIsFoundByAnyCasingOfItsTag() {
    Names names = Names.of("EN", "Hello");
    assertThat(names.getByLanguage()).containsOnlyKeys("en");
    assertThat(names.get("EN")).hasValue("Hello");
    assertThat(names.get("en")).hasValue("Hello");
    assertThat(Names.of("ru-latn", "Privet").get("RU-Latn")).hasValue("Privet");
    assertThat(names.get("ru")).isEmpty();
  }

  @Test
  void allSpellingsCannotBeChanged() {
    assertThatThrownBy(() -> minister.allSpellings().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
