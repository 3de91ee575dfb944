package dev.attache.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.common.InvalidValueException;
import dev.attache.common.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void theValueIsCutToEightyCharacters() {
    Problem problem = Problem.of("/title", "value.size", "too long", "y".repeat(1000));
    assertThat(problem.getValue()).get().asString().hasSize(80).endsWith("…");
    Problem built = Problem.builder().pointer("").code("c").message("m").value("z".repeat(200)).build();
    assertThat(built.getValue()).get().asString().hasSize(80);
  }

  @Test
  void pointersAreJsonPointers() {
    assertThat(Problem.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThatThrownBy(() -> Problem.of("title", "c", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Problem.of("/parties/1", "c", "m").under("/entities/3").getPointer())
        .isEqualTo("/entities/3/parties/1");
  }

  @Test
  void aBrokenInvariantBecomesAProblemWithItsCode() {
    try {
      PartialDate.parse("2025-13");
    } catch (InvalidValueException e) {
      Problem problem = Problem.of("/signedOn", e);
      assertThat(problem.getCode()).isEqualTo("date.invalid");
      assertThat(problem.getMessage()).contains("'2025-13'");
      return;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aProblemFoundInATextSaysWhereWhenPrinted() {
    Problem plain = Problem.of("/id", "dataset.id.duplicate", "the id is already used", "org:a");
    assertThat(plain).hasToString("/id dataset.id.duplicate: the id is already used (org:a)");
    assertThat(Problem.builder().from(plain).line(7).column(3).build())
        .hasToString("/id dataset.id.duplicate: the id is already used (org:a) [line 7, column 3]");
    assertThat(Problem.builder().pointer("").code("json.syntax").message("bad").line(2).build())
        .hasToString("/ json.syntax: bad [line 2]");
  }

  @Test
  void problemsSortByPointerThenCode() {
    Problem a = Problem.of("/a", "z", "m");
    Problem b = Problem.of("/b", "a", "m");
    Problem b2 = Problem.of("/b", "b", "m");
    assertThat(java.util.stream.Stream.of(b2, b, a).sorted().toList()).containsExactly(a, b, b2);
  }

  @Test
  void lineAndParagraphSeparatorsAndBidiControlsAreEscapedInEveryPartOfAProblemLine() {
    String forged = "ok\u2028/forged code: line\u2029\u202Eevil\u2066x\u2069\u200F";
    Problem problem = Problem.of("/" + forged, "json.type", "got " + forged, forged);
    for (String part : List.of(problem.getMessage(), problem.getValue().get(),
        problem.toString())) {
      assertThat(part).doesNotContain("\u2028", "\u2029", "\u202E", "\u2066", "\u2069",
          "\u200F").contains("\\u2028", "\\u202E");
      assertThat(part.lines()).hasSize(1);
    }
    // the pointer itself keeps the property name as it was: it is data, escaped when printed
    assertThat(problem.getPointer()).isEqualTo("/" + forged);
  }

  @Test
  void aPointerThatIsNotAJsonPointerIsAnInvalidValueWithACode() {
    assertThatThrownBy(() -> Problem.of("parties/1", "x", "m"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).getCode())
            .isEqualTo("problem.pointer"));
  }

  @Test
  void theProblemsOfAnExceptionSurviveJavaSerialization() throws Exception {
    InvalidEntityException thrown = new InvalidEntityException(
        List.of(Problem.of("/id", "id.malformed", "bad", "x").withLine(3).withColumn(7)));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      InvalidEntityException back = (InvalidEntityException) in.readObject();
      assertThat(back.getProblems()).isEqualTo(thrown.getProblems());
      assertThat(back.getMessage()).isEqualTo(thrown.getMessage());
    }
  }

  @Test
  void aCutValueNeverEndsInHalfAnEscape() {
    for (int prefix = 70; prefix < 80; prefix++) {
      String value = Problem.of("", "c", "m", "x".repeat(prefix) + "\u0001".repeat(20)).getValue()
          .get();
      assertThat(value).endsWith("…");
      assertThat(value.substring(0, value.length() - 1)).doesNotContainPattern(
          "\\\\u[0-9A-F]{0,3}$");
    }
  }

  @Test
  void decodingAndInvariantProblemsTranslateToTheGeneralMessageOfTheirCode() {
    Problem english = Problem.of("/parties/0", "id.malformed",
        "Invalid id \"org:Bad\": not kind:slug", "org:Bad");
    java.util.Locale russian = java.util.Locale.forLanguageTag("ru-RU");
    Problem translated = english.translated(russian);
    assertThat(translated.getMessage()).isEqualTo("идентификатор должен иметь вид kind:slug");
    assertThat(translated.getPointer()).isEqualTo("/parties/0");
    assertThat(translated.getValue()).hasValue("org:Bad");
    // English keeps the specific message; a language without messages, a code without one, or a
    // message with parameters only validation can fill, leave the problem as it is
    assertThat(english.translated(java.util.Locale.UK)).isSameAs(english);
    assertThat(english.translated(java.util.Locale.JAPANESE)).isSameAs(english);
    Problem own = Problem.of("", "my.code", "mine");
    assertThat(own.translated(russian)).isSameAs(own);
    Problem sized = Problem.of("/parties", "agreement.parties.size", "2 to 50 parties");
    assertThat(sized.translated(russian)).isSameAs(sized);
    assertThat(Problem.of("", "json.property.unknown", "unknown property 'x' in Agreement")
        .translated(russian).getMessage()).isEqualTo("неизвестное свойство");
  }
}
