package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.validation.AttacheValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  private final AttacheJson json = AttacheJson.strict();

  static List<Entity> samples() {
    return Samples.all();
  }

  @Test
  void theSamplesCoverEveryKindAndAreValid() {
    Set<EntityKind> kinds = samples().stream().map(Entity::entityKind).collect(Collectors.toSet());
    assertThat(kinds).containsExactlyInAnyOrder(EntityKind.values());
    assertThat(samples()).allSatisfy(e ->
        assertThat(AttacheValidator.standard().validate(e)).as(e.getId().toString()).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyKindRoundTripsEqualAndByteIdentical(Entity entity) {
    String encoded = json.write(entity);
    Entity decoded = json.read(encoded, entity.getClass().getSuperclass().asSubclass(Entity.class));
    assertThat(decoded).isEqualTo(entity);
    assertThat(json.write(decoded)).isEqualTo(encoded);
    assertThat(encoded).startsWith("{\"type\":\"").contains("\"id\":\"" + entity.getId() + "\"");
  }

  @Test
  void aDocumentRoundTrips() {
    String document = json.writeDocument(samples());
    DocumentResult read = json.readDocument(document);
    assertThat(read.problems()).isEmpty();
    assertThat(read.entities()).isEqualTo(samples());
    assertThat(json.writeDocument(read.entities())).isEqualTo(document);
    assertThat(document).startsWith("{\"format\":\"attache/1\",\"entities\":[");
  }

  @Test
  void aDocumentWrittenEntityByEntityIsTheSameDocument() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DocumentWriter writer = json.documentWriter(out)) {
      samples().forEach(writer::write);
      assertThat(writer.count()).isEqualTo(samples().size());
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.writeDocument(samples()));
  }

  @Test
  void anNdjsonStreamRoundTrips() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = json.ndjsonWriterWithHeader(out)) {
      samples().forEach(writer::write);
      assertThat(writer.count()).isEqualTo(samples().size());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\"format\":\"attache/1\"}\n").endsWith("}\n");
    assertThat(text.split("\n")).hasSize(samples().size() + 1);
    try (NdjsonReader reader = json.ndjsonReader(new ByteArrayInputStream(out.toByteArray()))) {
      List<NdjsonLine> lines = reader.stream().toList();
      assertThat(lines).allSatisfy(l -> assertThat(l.problems()).isEmpty());
      assertThat(lines).extracting(l -> l.entity().get().entity()).isEqualTo(samples());
      assertThat(lines.get(0).number()).isEqualTo(2);
    }
  }

  @Test
  void theMapperOfTheFacadeReadsAndWritesEntitiesPolymorphically() throws Exception {
    var mapper = json.mapper();
    String text = mapper.writeValueAsString(samples());
    List<Entity> back = mapper.readValue(text, new tools.jackson.core.type.TypeReference<>() {});
    assertThat(back).isEqualTo(samples());
  }
}
