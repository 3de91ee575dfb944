package dev.attache.model;

import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SourceRulesTest {
  private final Source article = Examples.source();

  @Test
  void theExampleArticleIsValid() {
    assertThat(problems(article)).isEmpty();
  }

  @Test
  void anArticleWithNoOutletOrDateHasNone() {
    Source undated = Source.builder().id(article.getId()).title("Untitled").language("en").build();
    assertThat(undated.getOutlet()).isEmpty();
    assertThat(undated.getPublishedOn()).isEmpty();
    assertThat(problems(undated)).isEmpty();
  }

  @Test
  void theLanguageIsAWellFormedTag() {
    assertThat(problems(article.withLanguage("english language")))
        .containsExactly("/language source.language");
    assertThat(problems(article.withLanguage("ru"))).isEmpty();
  }

  @Test
  void theUrlIsAbsoluteHttpOrHttps() {
    assertThat(problems(article.withUrl(URI.create("file:///etc/passwd"))))
        .containsExactly("/url source.url");
    assertThat(problems(article.withUrl(URI.create("/relative")))).containsExactly("/url source.url");
    assertThat(problems(article.withUrl(URI.create("https://" + "a".repeat(2000) + ".org"))))
        .containsExactly("/url source.url");
  }

  @Test
  void blankOptionalTextIsReported() {
    assertThat(problems(article.withOutlet(""))).containsExactly("/outlet value.blank");
    assertThat(problems(article.withTitle(""))).containsExactly("/title value.blank");
  }

  @Test
  void aDatelineIsAPlaceAndItsRulesApply() {
    Source filed = Examples.source().withDateline(dev.attache.common.Place.of(Examples.TM,
        "Ashgabat"));
    assertThat(filed.getDateline().get().toString()).isEqualTo("Ashgabat, TM");
    assertThat(dev.attache.validation.AttacheValidator.standard().validate(filed)).isEmpty();
    Source tooLong = Examples.source().withDateline(dev.attache.common.Place.of(Examples.TM,
        "x".repeat(dev.attache.common.Limits.NAME + 1)));
    assertThat(dev.attache.validation.AttacheValidator.standard().validate(tooLong)).extracting(
        dev.attache.validation.Problem::getPointer).containsExactly("/dateline/locality");
  }
}
