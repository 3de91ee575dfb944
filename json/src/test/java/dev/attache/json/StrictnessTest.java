package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.model.Agreement;
import dev.attache.validation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each strictness rule: the input it refuses and the problem it yields. */
class StrictnessTest {
  private static final String AGREEMENT = "{\"type\":\"agreement\",\"id\":\"agreement:a\","
      + "\"title\":{\"byLanguage\":{\"en\":\"Memorandum\"}},\"kind\":\"MEMORANDUM\","
      + "\"parties\":[\"RU\",\"TM\"],\"status\":\"PROPOSED\"%s}";

  /** The problems of an agreement with extra properties, as "pointer code" lines. */
  static List<String> problems(String extra) {
    return problems(AGREEMENT.formatted(extra), Agreement.class);
  }

  static List<String> problems(String json, Class<? extends dev.attache.model.Entity> type) {
    try {
      AttacheJson.strict().read(json, type);
      return List.of();
    } catch (JsonDecodingException e) {
      return e.getProblems().stream().map(p -> p.getPointer() + " " + p.getCode()).toList();
    }
  }

  @Test
  void theBaseAgreementIsValid() {
    assertThat(problems("")).isEmpty();
  }

  @Test
  void unknownPropertiesAreRefused() {
    assertThat(problems(",\"colour\":\"blue\"")).containsExactly("/colour json.property.unknown");
    assertThat(problems(",\"@class\":\"java.lang.Runtime\""))
        .containsExactly("/@class json.property.unknown");
    assertThat(problems(AGREEMENT.formatted("").replace("{\"en\":\"Memorandum\"}",
        "{\"en\":\"Memorandum\"},\"extra\":1"), Agreement.class))
        .containsExactly("/title/extra json.property.unknown");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThat(problems(",\"status\":\"SIGNED\"")).containsExactly("/status json.property.duplicate");
    assertThat(problems(",\"x\":1,\"x\":2"))
        .containsExactly("/x json.property.unknown", "/x json.property.duplicate");
    assertThat(problems(AGREEMENT.formatted("").replace("{\"en\":\"Memorandum\"}",
        "{\"en\":\"Memorandum\",\"en\":\"Again\"}"), Agreement.class))
        .containsExactly("/title/byLanguage/en json.property.duplicate");
    assertThat(problems(AGREEMENT.formatted(",\"type\":\"agreement\""), Agreement.class))
        .containsExactly("/type json.property.duplicate");
  }

  @Test
  void trailingTokensAreRefused() {
    assertThat(problems(AGREEMENT.formatted("") + " {}", Agreement.class))
        .containsExactly(" json.trailing");
    assertThat(problems(AGREEMENT.formatted("") + " x", Agreement.class))
        .singleElement().asString().endsWith("json.syntax");
  }

  @Test
  void noScalarIsCoerced() {
    assertThat(problems(",\"signedOn\":2025")).containsExactly("/signedOn json.type");
    assertThat(problems(",\"parties\":[\"RU\",\"TM\"]")).containsExactly("/parties json.property.duplicate");
    assertThat(problems("").size()).isZero();
    // a number where an enum is expected, a string where a number is expected, 1.9 for an integer
    assertThat(problems(AGREEMENT.formatted("").replace("\"MEMORANDUM\"", "1"), Agreement.class))
        .containsExactly("/kind json.type");
    String session = "{\"type\":\"commission-session\",\"id\":\"commission-session:s\","
        + "\"commission\":\"commission:c\",\"date\":\"2021\",\"number\":%s}";
    assertThat(problems(session.formatted("\"12\""), dev.attache.model.CommissionSession.class))
        .containsExactly("/number json.type");
    assertThat(problems(session.formatted("1.9"), dev.attache.model.CommissionSession.class))
        .containsExactly("/number json.type");
    assertThat(problems(session.formatted("1e3"), dev.attache.model.CommissionSession.class))
        .containsExactly("/number json.type");
    assertThat(problems(session.formatted("99999999999"), dev.attache.model.CommissionSession.class))
        .containsExactly("/number json.number.range");
    assertThat(problems(session.formatted("true"), dev.attache.model.CommissionSession.class))
        .containsExactly("/number json.type");
    assertThat(problems(session.formatted("7"), dev.attache.model.CommissionSession.class))
        .isEmpty();
  }

  @Test
  void unknownEnumValuesAreRefusedByExactName() {
    assertThat(problems(AGREEMENT.formatted("").replace("\"MEMORANDUM\"", "\"memorandum\""),
        Agreement.class)).containsExactly("/kind json.enum");
  }

  @Test
  void nullIsRefusedWhereAValueIsRequiredAndWhereOneIsOptional() {
    assertThat(problems(",\"signedOn\":null")).containsExactly("/signedOn json.null");
    assertThat(problems(AGREEMENT.formatted("").replace("\"MEMORANDUM\"", "null"),
        Agreement.class)).containsExactly("/kind json.null");
    assertThat(problems(AGREEMENT.formatted("").replace("[\"RU\",\"TM\"]", "[\"RU\",null]"),
        Agreement.class)).containsExactly("/parties/1 json.null");
  }

  @Test
  void aValueWrappedInAnArrayIsRefused() {
    assertThat(problems(",\"signedOn\":[\"2025\"]")).containsExactly("/signedOn json.type");
    assertThat(problems(AGREEMENT.formatted("").replace("\"PROPOSED\"", "[\"PROPOSED\"]"),
        Agreement.class)).containsExactly("/status json.type");
  }

  @Test
  void missingRequiredPropertiesAreEachReported() {
    assertThat(problems("{\"type\":\"agreement\",\"id\":\"agreement:a\"}", Agreement.class))
        .containsExactly("/title json.property.missing", "/kind json.property.missing",
            "/status json.property.missing");
  }

  @Test
  void theTypeIsAClosedSetOfNamesNeverAClass() {
    assertThat(problems("{\"type\":\"java.lang.Runtime\",\"id\":\"x:y\"}", Agreement.class))
        .containsExactly("/type json.entity.type");
    assertThat(problems("{\"type\":\"dev.attache.model.Agreement\"}", Agreement.class))
        .containsExactly("/type json.entity.type");
    assertThat(problems("{\"id\":\"agreement:a\"}", Agreement.class))
        .containsExactly("/type json.entity.type");
    assertThat(problems("{\"type\":7}", Agreement.class)).containsExactly("/type json.type");
  }

  @Test
  void anotherKindThanAskedIsRefused() {
    String person = "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}}}";
    assertThat(problems(person, Agreement.class)).containsExactly("/type json.entity.type");
  }

  @Test
  void theTypeMayComeLaterAtTheCostOfLocations() {
    String late = "{\"id\":\"agreement:a\",\"title\":{\"byLanguage\":{\"en\":\"M\"}},"
        + "\"kind\":\"MEMORANDUM\",\"parties\":[\"RU\",\"TM\"],\"status\":\"PROPOSED\","
        + "\"type\":\"agreement\"}";
    assertThat(problems(late, Agreement.class)).isEmpty();
    assertThat(problems(late.replace("\"PROPOSED\"", "\"X\""), Agreement.class))
        .containsExactly("/status json.enum");
    assertThat(problems(late.replace(",\"type\":\"agreement\"",
        ",\"type\":\"agreement\",\"type\":\"agreement\""), Agreement.class))
        .containsExactly("/type json.property.duplicate");
  }

  @Test
  void invariantsAndRulesAreReportedWithTheirOwnCodes() {
    assertThat(problems(",\"signedOn\":\"2025-13\"")).containsExactly("/signedOn date.invalid");
    assertThat(problems(",\"signedOn\":\"2025-02-30\"")).containsExactly("/signedOn date.invalid");
    assertThat(problems(AGREEMENT.formatted("").replace("\"TM\"]", "\"XX\"]"), Agreement.class))
        .containsExactly("/parties/1 country.unknown");
    assertThat(problems(AGREEMENT.formatted("").replace("\"TM\"]", "\"RU\"]"), Agreement.class))
        .containsExactly("/parties/1 agreement.parties.distinct");
    assertThat(problems(AGREEMENT.formatted("").replace("{\"en\":\"Memorandum\"}", "{}"),
        Agreement.class)).containsExactly("/title names.empty");
  }

  @Test
  void validationCanBeSwitchedOff() {
    String twins = AGREEMENT.formatted("").replace("\"TM\"]", "\"RU\"]");
    Agreement read = AttacheJson.strict().withoutValidation().read(twins, Agreement.class);
    assertThat(read.getParties()).hasSize(2);
  }

  @Test
  void problemsCarryLineAndColumnAndShortValues() {
    String text = "{\"type\":\"agreement\",\n\"id\":\"agreement:a\",\n\"title\":{\"byLanguage\":"
        + "{\"en\":\"M\"}},\"kind\":\"" + "K".repeat(5000) + "\",\n\"parties\":[\"RU\",\"TM\"],"
        + "\"status\":\"PROPOSED\"}";
    assertThatThrownBy(() -> AttacheJson.strict().read(text, Agreement.class))
        .isInstanceOfSatisfying(JsonDecodingException.class, e -> {
          Problem problem = e.getProblems().get(0);
          assertThat(problem.getPointer()).isEqualTo("/kind");
          assertThat(problem.getCode()).isEqualTo("json.enum");
          assertThat(problem.getLine()).hasValue(3);
          assertThat(problem.getColumn().getAsLong()).isPositive();
          assertThat(problem.getValue()).get().asString().hasSize(80);
          assertThat(problem.getMessage()).hasSizeLessThan(400);
        });
  }
}
