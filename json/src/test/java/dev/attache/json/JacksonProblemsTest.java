package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.attache.model.Agreement;
import dev.attache.validation.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class JacksonProblemsTest {
  /** An application's own request type, holding values of the model. */
  public record Request(String note, int count, Map<String, List<Agreement>> agreements) {}

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new AttacheModule().withUnknownProperties(UnknownProperties.FAIL))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private static List<Problem> problems(String json) {
    JacksonException failure = catchThrowableOfType(JacksonException.class,
        () -> MAPPER.readValue(json, Request.class));
    assertThat(failure).as("no failure for %s", json).isNotNull();
    List<Problem> problems = JacksonProblems.of(failure);
    for (Problem problem : problems) {
      // what a client reads: never a Java class, never the location's source
      assertThat(problem.getMessage()).doesNotContain("java.", "dev.attache", "Source",
          "StreamReadFeature");
    }
    return problems;
  }

  @Test
  void theProblemsOfAValueOfTheModelArePlacedUnderJacksonsPath() {
    String json = "{\"note\":\"n\",\"count\":1,\"agreements\":{\"a/b\":[{\"type\":\"agreement\","
        + "\"id\":\"agreement:Bad\",\"title\":{\"byLanguage\":{\"en\":\"M\"}},\"kind\":\"MEMORANDUM\","
        + "\"parties\":[\"RU\",\"TM\"],\"status\":\"PROPOSED\",\"extra\":1}]}}";
    assertThat(problems(json)).extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/agreements/a~1b/0/id id.malformed",
            "/agreements/a~1b/0/extra json.property.unknown");
  }

  @Test
  void brokenSyntaxHasALineAndAColumnAndNoSourceInItsMessage() {
    List<Problem> problems = problems("{\"note\":\n  \"n\",\"agreements\":{\"a\":}}");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo("json.syntax");
      assertThat(p.getPointer()).isEqualTo("/agreements/a");
      assertThat(p.getLine()).hasValue(2);
      assertThat(p.getColumn()).isPresent();
    });
    assertThat(problems("{\"note\":\"n\"").get(0).getCode()).isEqualTo("json.syntax");
    assertThat(problems("{\"count\":99999999999}").get(0).getCode())
        .isEqualTo("json.number.range");
  }

  @Test
  void theParsersLimitsAreLimits() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThat(problems("{\"note\":\"n\",\"agreements\":{\"a\":" + deep + "}}"))
        .extracting(Problem::getCode).containsExactly("json.limit");
    assertThat(problems("{\"count\":" + "9".repeat(5000) + "}")).extracting(Problem::getCode)
        .containsExactly("json.limit");
  }

  @Test
  void theApplicationsOwnTypesGetCodesWithoutClassNames() {
    assertThat(problems("{\"note\":\"n\",\"count\":1,\"colour\":1}")).extracting(
        p -> p.getPointer() + " " + p.getCode()).containsExactly("/colour json.property.unknown");
    assertThat(problems("{\"count\":1,\"note\":{}}")).extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/note json.type");
    assertThat(problems("{\"count\":\"many\"}")).singleElement().satisfies(p -> {
      assertThat(p.getPointer() + " " + p.getCode()).isEqualTo("/count json.type");
      assertThat(p.getValue()).hasValue("many");
    });
    // null for a primitive is a value of the wrong type to Jackson
    assertThat(problems("{\"count\":null}")).extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/count json.type");
  }

  @Test
  void aSecondValueAfterTheDocumentIsTrailingContent() {
    JsonMapper strict = MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    JacksonException failure = catchThrowableOfType(JacksonException.class,
        () -> strict.readValue("{\"count\":1}{}", Request.class));
    assertThat(JacksonProblems.of(failure)).extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly(" json.trailing");
  }
}
