package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Agreement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lenient mode passes newer data through without losing any of it. */
class LenientTest {
  private static final String NEWER = "{\"format\":\"attache/1\",\"generator\":{\"name\":\"x\",\"v\":2},"
      + "\"entities\":[{\"type\":\"agreement\",\"id\":\"agreement:a\","
      + "\"title\":{\"byLanguage\":{\"en\":\"Memorandum\"},\"script\":\"Latn\"},"
      + "\"kind\":\"MEMORANDUM\",\"parties\":[\"RU\",\"TM\"],\"status\":\"PROPOSED\","
      + "\"confidence\":0.9,\"tags\":[\"a\",{\"b\":null}]}]}";

  @Test
  void strictModeRefusesWhatLenientModeKeeps() {
    assertThat(AttacheJson.strict().readDocument(NEWER).problems())
        .extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/generator json.property.unknown",
            "/entities/0/title/script json.property.unknown",
            "/entities/0/confidence json.property.unknown",
            "/entities/0/tags json.property.unknown");
  }

  @Test
  void unknownPropertiesAreKeptAndWrittenBackUnchanged() {
    AttacheJson lenient = AttacheJson.lenient();
    DocumentResult read = lenient.readDocument(NEWER);
    assertThat(read.problems()).isEmpty();
    DecodedEntity entity = read.decoded().get(0);
    assertThat(entity.entity()).isInstanceOf(Agreement.class);
    assertThat(entity.unknown()).containsOnlyKeys("/title/script", "/confidence", "/tags");
    assertThat(read.unknown()).containsOnlyKeys("generator");

    String written = lenient.writeDocument(read);
    var mapper = lenient.mapper();
    assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(NEWER));
    // and again: the second pass is byte-identical to the first
    assertThat(lenient.writeDocument(lenient.readDocument(written))).isEqualTo(written);
  }

  @Test
  void ndjsonLinesKeepTheirUnknownPropertiesToo() {
    String line = "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}},"
        + "\"born\":\"1970\"}\n";
    AttacheJson lenient = AttacheJson.lenient();
    List<NdjsonLine> lines;
    try (NdjsonReader reader = lenient.ndjsonReader(
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))) {
      lines = reader.stream().toList();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = lenient.ndjsonWriter(out)) {
      lines.forEach(l -> writer.write(l.entity().orElseThrow()));
    }
    assertThat(lenient.mapper().readTree(out.toString(StandardCharsets.UTF_8)))
        .isEqualTo(lenient.mapper().readTree(line));
  }

  @Test
  void anUnknownPropertyThatCouldNotReadBackAsUnknownIsRefusedNeverDroppedOrMerged() {
    Agreement agreement = (Agreement) AttacheJson.lenient().readDocument(NEWER).entities().get(0);
    tools.jackson.databind.JsonNode value = tools.jackson.databind.node.JsonNodeFactory.instance
        .textNode("V");
    // not a pointer to a property: refused when made
    for (String pointer : List.of("id", "")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() ->
          new DecodedEntity(agreement, java.util.Map.of(pointer, value)))
          .as(pointer).isInstanceOf(IllegalArgumentException.class);
    }
    // a property the entity has, one the model has that it leaves out (a language's name too),
    // or nowhere to go: refused when written, nothing of the entity written
    for (String pointer : List.of("/id", "/type", "/status", "/sources", "/signedOn",
        "/title/byLanguage/fr", "/parties/0/x", "/zz/deep")) {
      DecodedEntity decoded = new DecodedEntity(agreement, java.util.Map.of(pointer, value));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (NdjsonWriter writer = AttacheJson.lenient().ndjsonWriter(out)) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(decoded))
            .as(pointer).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(pointer);
      }
      assertThat(out.toString(StandardCharsets.UTF_8)).as(pointer).isEmpty();
      org.assertj.core.api.Assertions.assertThatThrownBy(() ->
          AttacheJson.lenient().mapper().writeValueAsString(decoded)).as(pointer)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(pointer);
    }
    // a property the model does not have, in an object of the entity: written and read back
    DecodedEntity fine = new DecodedEntity(agreement, java.util.Map.of("/title/script", value,
        "/later", value));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = AttacheJson.lenient().ndjsonWriter(out)) {
      writer.write(fine);
    }
    try (NdjsonReader reader = AttacheJson.lenient().ndjsonReader(
        new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.stream().toList().get(0).entity().orElseThrow()).isEqualTo(fine);
    }
  }

  @Test
  void unknownNamesWithSlashesAndTildesComeBackUnchanged() {
    String line = "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":"
        + "{\"en\":\"P\"},\"a/b~c\":[1]},\"x~1\":{\"y\":null}}";
    AttacheJson lenient = AttacheJson.lenient();
    DecodedEntity entity = lenient.readDocument("{\"format\":\"attache/1\",\"entities\":["
        + line + "]}").decoded().get(0);
    assertThat(entity.unknown()).containsOnlyKeys("/names/a~1b~0c", "/x~01");
    var mapper = lenient.mapper();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = lenient.ndjsonWriter(out)) {
      writer.write(entity);
    }
    assertThat(mapper.readTree(out.toString(StandardCharsets.UTF_8)))
        .isEqualTo(mapper.readTree(line));
  }

  @Test
  void everythingElseIsAsStrictAsEver() {
    assertThat(AttacheJson.lenient().readDocument(NEWER.replace("\"PROPOSED\"", "1")).problems())
        .extracting(p -> p.getPointer() + " " + p.getCode())
        .containsExactly("/entities/0/status json.type");
  }
}
