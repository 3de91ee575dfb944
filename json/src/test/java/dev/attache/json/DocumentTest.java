package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.validation.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private final AttacheJson json = AttacheJson.strict();

  private static String person(String slug, String name) {
    return "{\"type\":\"person\",\"id\":\"person:" + slug + "\",\"names\":{\"byLanguage\":{\"en\":"
        + name + "}}}";
  }

  @Test
  void aDocumentWithFiveBadEntitiesReportsFiveProblemsAndKeepsTheGoodOnes() {
    String document = "{\"format\":\"attache/1\",\"entities\":[\n"
        + person("ok-1", "\"One\"") + ",\n"
        + person("bad-1", "7") + ",\n"
        + person("Bad-2", "\"Two\"") + ",\n"
        + person("ok-2", "\"Three\"") + ",\n"
        + person("bad-3", "\" \"") + ",\n"
        + "{\"type\":\"ghost\"},\n"
        + person("bad-5", "\"x\"").replace("}}}", "}},\"age\":3}") + ",\n"
        + person("ok-3", "\"Four\"") + "\n]}";
    DocumentResult read = json.readDocument(document);
    assertThat(read.problems()).extracting(p -> p.getPointer() + " " + p.getCode() + " @" + p.getLine().getAsLong())
        .containsExactly(
            "/entities/1/names/byLanguage/en json.type @3",
            "/entities/2/id id.malformed @4",
            "/entities/4/names names.blank @6",
            "/entities/5/type json.entity.type @7",
            "/entities/6/age json.property.unknown @8");
    assertThat(read.entities()).extracting(e -> e.getId().getSlug())
        .containsExactly("ok-1", "ok-2", "ok-3");
  }

  @Test
  void theDocumentShapeIsChecked() {
    assertThat(codes("")).containsExactly(" json.empty");
    assertThat(codes("   \n ")).containsExactly(" json.empty");
    assertThat(codes("[]")).containsExactly(" json.type");
    assertThat(codes("{\"entities\":[]}")).containsExactly(" json.format");
    assertThat(codes("{\"format\":\"attache/2\",\"entities\":[]}")).containsExactly("/format json.format");
    assertThat(codes("{\"format\":\"attache/1\"}")).containsExactly(" json.property.missing");
    assertThat(codes("{\"format\":\"attache/1\",\"entities\":[]} []")).containsExactly(" json.trailing");
    assertThat(codes("{\"format\":\"attache/1\",\"entities\":[]")).singleElement().asString()
        .endsWith("json.syntax");
    assertThat(codes("{\"format\":\"attache/1\",\"format\":\"attache/1\",\"entities\":[]}"))
        .containsExactly("/format json.property.duplicate");
    assertThat(codes("{\"format\":\"attache/1\",\"entities\":{}}")).containsExactly("/entities json.type");
  }

  @Test
  void aTruncatedDocumentKeepsTheEntitiesBeforeTheBreak() {
    String truncated = "{\"format\":\"attache/1\",\"entities\":[" + person("a", "\"A\"") + ","
        + person("b", "\"B\"").substring(0, 20);
    DocumentResult read = json.readDocument(truncated);
    assertThat(read.entities()).hasSize(1);
    assertThat(read.problems()).singleElement()
        .satisfies(p -> assertThat(p.getCode()).isEqualTo("json.syntax"));
  }

  @Test
  void limitsAreEnforcedWhileParsing() {
    String deep = "{\"format\":\"attache/1\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(codes(deep)).contains("/x json.limit");
    String longString = "{\"format\":\"" + "a".repeat(30_000) + "\"}";
    assertThat(codes(longString)).singleElement().asString().endsWith("json.limit");
    AttacheJson tiny = json.withLimits(JsonLimits.defaults().withMaxDocumentLength(100));
    DocumentResult read = tiny.readDocument(new ByteArrayInputStream(
        ("{\"format\":\"attache/1\",\"entities\":[" + person("a", "\"A\"") + "," + person("b", "\"B\"")
            + "]}").getBytes(StandardCharsets.UTF_8)));
    assertThat(read.problems()).extracting(Problem::getCode).containsExactly("json.limit");
  }

  private java.util.List<String> codes(String document) {
    return json.readDocument(document).problems().stream()
        .map(p -> p.getPointer() + " " + p.getCode()).toList();
  }

  @Test
  void documentLevelUnknownPropertiesAreWrittenBackByADocumentWriter() {
    String text = "{\"format\":\"attache/1\",\"generatedBy\":{\"tool\":\"t\"},\"entities\":["
        + person("a", "\"A\"") + "]}";
    DocumentResult read = AttacheJson.lenient().readDocument(text);
    assertThat(read.unknown()).containsOnlyKeys("generatedBy");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (DocumentWriter writer = AttacheJson.lenient().documentWriter(out, read.unknown())) {
      read.decoded().forEach(writer::write);
    }
    DocumentResult again = AttacheJson.lenient().readDocument(out.toString(StandardCharsets.UTF_8));
    assertThat(again.unknown()).isEqualTo(read.unknown());
    assertThat(again.entities()).isEqualTo(read.entities());
  }

  @Test
  void aReadErrorOfTheStreamIsAnIoErrorNotADataProblem() {
    byte[] start = ("{\"format\":\"attache/1\",\"entities\":[" + person("a", "\"A\""))
        .getBytes(StandardCharsets.UTF_8);
    java.io.InputStream failing = new java.io.SequenceInputStream(new ByteArrayInputStream(start),
        new java.io.InputStream() {
          @Override
          public int read() throws java.io.IOException {
            throw new java.io.IOException("Is a directory");
          }
        });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readDocument(failing))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("Is a directory");
  }

  @Test
  void aDocumentCutShortIsNotComplete() {
    String whole = "{\"format\":\"attache/1\",\"entities\":[" + person("a", "\"A\"") + "]}";
    assertThat(json.readDocument(whole).complete()).isTrue();
    assertThat(json.readDocument(whole.substring(0, whole.length() - 3)).complete()).isFalse();
    assertThat(json.readDocument("").complete()).isFalse();
    assertThat(json.readDocument("[]").complete()).isFalse();
    // a bad entity does not make the document incomplete: it is reported and left out
    DocumentResult bad = json.readDocument("{\"format\":\"attache/1\",\"entities\":[{}]}");
    assertThat(bad.complete()).isTrue();
    assertThat(bad.invalidCount()).isEqualTo(1);
  }

  @Test
  void aDocumentCanBeReadEntityByEntityWithoutKeepingThem() {
    String text = "{\"format\":\"attache/1\",\"entities\":[" + person("a", "\"A\"") + ",{},"
        + person("b", "\"B\"") + "]}";
    java.util.List<String> seen = new java.util.ArrayList<>();
    DocumentResult read = json.readDocument(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), e -> seen.add(e.entity().getId().toString()));
    assertThat(seen).containsExactly("person:a", "person:b");
    assertThat(read.entities()).isEmpty();
    assertThat(read.invalidCount()).isEqualTo(1);
    assertThat(read.problemCount()).isEqualTo(1);
  }
}
