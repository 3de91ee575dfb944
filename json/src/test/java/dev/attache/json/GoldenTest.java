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

  /**
   * The kinds format 1 gained after the first golden files were frozen: those files stay as they
   * were, and each addition has a golden file of its own.
   */
  static final java.util.Set<dev.attache.model.EntityKind> ADDED =
      java.util.EnumSet.of(dev.attache.model.EntityKind.STATEMENT);

  /** The samples of the kinds the first golden files hold. */
  static List<dev.attache.model.Entity> firstKinds() {
    return Samples.all().stream().filter(e -> !ADDED.contains(e.entityKind())).toList();
  }

  @Test
  void theDocumentOfEveryKindDecodesToTheKnownValues() throws IOException {
    JsonMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    createIfAsked("every-kind.json", pretty.writeValueAsString(
        pretty.readTree(AttacheJson.strict().writeDocument(firstKinds()))) + "\n");
    try (InputStream in = open("every-kind.json")) {
      DocumentResult read = AttacheJson.strict().readDocument(in);
      assertThat(read.problems()).isEmpty();
      assertThat(read.entities()).isEqualTo(firstKinds());
    }
  }

  @Test
  void theStreamOfEveryKindDecodesToTheKnownValues() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (NdjsonWriter writer = AttacheJson.strict().ndjsonWriterWithHeader(out)) {
      firstKinds().forEach(writer::write);
    }
    createIfAsked("every-kind.ndjson", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(open("every-kind.ndjson"))) {
      List<NdjsonLine> lines = reader.stream().toList();
      assertThat(lines).allSatisfy(l -> assertThat(l.problems()).isEmpty());
      assertThat(lines).extracting(l -> l.entity().get().entity()).isEqualTo(firstKinds());
    }
  }

  @Test
  void eachKindAddedLaterDecodesFromItsOwnGoldenFile() throws IOException {
    for (dev.attache.model.EntityKind kind : ADDED) {
      List<dev.attache.model.Entity> samples = Samples.all().stream()
          .filter(e -> e.entityKind() == kind).toList();
      assertThat(samples).as("samples of %s", kind).isNotEmpty();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try (NdjsonWriter writer = AttacheJson.strict().ndjsonWriterWithHeader(out)) {
        samples.forEach(writer::write);
      }
      String name = AttacheJson.typeName(kind) + ".ndjson";
      createIfAsked(name, out.toString(java.nio.charset.StandardCharsets.UTF_8));
      try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(open(name))) {
        assertThat(reader.stream().map(l -> l.entity().orElseThrow().entity()).toList())
            .isEqualTo(samples);
      }
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
