package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents of format 1 that every future version must decode to the same values. Files here are
 * never rewritten: a change that breaks them breaks the format.
 */
class GoldenTest {
  private static final Path DIRECTORY = Path.of("src/test/resources/golden/attache-1");

  /** Creates a golden file that does not exist yet (only when asked); never overwrites one. */
  private static void createIfAsked(String name, String content) throws IOException {
    Path file = DIRECTORY.resolve(name);
    if (Boolean.getBoolean("attache.golden.create") && !Files.exists(file)) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, content);
    }
  }

  private static InputStream open(String name) {
    InputStream in = GoldenTest.class.getResourceAsStream("/golden/attache-1/" + name);
    assertThat(in).as("golden file " + name).isNotNull();
    return in;
  }

  @Test
  void theDocumentOfEveryKindDecodesToTheKnownValues() throws IOException {
    JsonMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    createIfAsked("every-kind.json", pretty.writeValueAsString(
        pretty.readTree(AttacheJson.strict().writeDocument(Samples.all()))) + "\n");
    try (InputStream in = open("every-kind.json")) {
      DocumentResult read = AttacheJson.strict().readDocument(in);
      assertThat(read.problems()).isEmpty();
      assertThat(read.entities()).isEqualTo(Samples.all());
    }
  }

  @Test
  void theStreamOfEveryKindDecodesToTheKnownValues() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (NdjsonWriter writer = AttacheJson.strict().ndjsonWriterWithHeader(out)) {
      Samples.all().forEach(writer::write);
    }
    createIfAsked("every-kind.ndjson", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(open("every-kind.ndjson"))) {
      List<NdjsonLine> lines = reader.stream().toList();
      assertThat(lines).allSatisfy(l -> assertThat(l.problems()).isEmpty());
      assertThat(lines).extracting(l -> l.entity().get().entity()).isEqualTo(Samples.all());
    }
  }

  @Test
  void aDocumentWithUnknownPropertiesPassesThroughLenientReaders() throws IOException {
    String newer = "{\"format\":\"attache/1\",\"producer\":\"a later version\",\"entities\":[{"
        + "\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}},"
        + "\"pronouns\":\"they\"}]}\n";
    createIfAsked("unknown-properties.json", newer);
    try (InputStream in = open("unknown-properties.json")) {
      DocumentResult read = AttacheJson.lenient().readDocument(in);
      assertThat(read.problems()).isEmpty();
      assertThat(read.decoded().get(0).unknown()).containsOnlyKeys("/pronouns");
      assertThat(read.unknown()).containsOnlyKeys("producer");
    }
  }
}
