package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schema is the generated one, and an independent validator (networknt) agrees
 * with the decoder on good and bad documents.
 */
class SchemaTest {
  static final String RESOURCE = "/dev/attache/json/attache-1.schema.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static String shipped() throws IOException {
    try (InputStream in = AttacheJson.class.getResourceAsStream(RESOURCE)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theShippedSchemaIsTheGeneratedOne() throws IOException {
    String generated = AttacheJson.schemaText();
    if (Boolean.getBoolean("attache.schema.update")) {
      Files.writeString(Path.of("src/main/resources" + RESOURCE), generated);
    }
    assertThat(shipped())
        .as("regenerate with: mvn -pl json test -Dtest=SchemaTest -Dattache.schema.update=true")
        .isEqualTo(generated);
  }

  private static Schema schema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    return registry.getSchema(AttacheJson.schema());
  }

  private static List<Error> errors(String document) {
    return schema().validate(MAPPER.readTree(document));
  }

  @Test
  void theSamplesDocumentIsValidForTheSchema() {
    String document = AttacheJson.strict().writeDocument(Samples.all());
    assertThat(errors(document)).isEmpty();
  }

  @Test
  void everyNdjsonLineIsValidForTheEntityDefinition() {
    ObjectNode lineSchema = (ObjectNode) AttacheJson.schema().deepCopy();
    lineSchema.remove(List.of("properties", "required", "additionalProperties", "type"));
    lineSchema.put("$ref", "#/$defs/entity");
    Schema line = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(lineSchema);
    for (var entity : Samples.all()) {
      JsonNode node = MAPPER.readTree(AttacheJson.strict().write(entity));
      assertThat(line.validate(node)).as(entity.getId().toString()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"entities\":[]}",
      "{\"format\":\"attache/2\",\"entities\":[]}",
      "{\"format\":\"attache/1\",\"entities\":[],\"extra\":1}",
      "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"ghost\"}]}",
      "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"person\",\"id\":\"person:p\"}]}",
      "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"person\",\"id\":\"org:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}}}]}",
      "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}},\"citizenship\":\"tm\"}]}",
      "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"source\",\"id\":\"source:s\",\"title\":\"T\",\"language\":\"en\",\"publishedOn\":\"2025-13\"}]}",
      "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}},\"notes\":[1]}]}",
      "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"membership\",\"id\":\"membership:m\",\"person\":\"person:p\",\"organization\":\"org:o\",\"role\":{\"byLanguage\":{\"en\":\"R\"}},\"singleHolder\":\"yes\"}]}"
  })
  void badDocumentsFailTheSchemaAndTheDecoderAlike(String document) {
    assertThat(errors(document)).isNotEmpty();
    assertThat(AttacheJson.strict().readDocument(document).problems()).isNotEmpty();
  }

  @Test
  void theSchemasLimitsAreTheModelsOwn() {
    JsonNode agreement = AttacheJson.schema().get("$defs").get("agreement").get("properties");
    assertThat(agreement.get("parties").get("minItems").asInt()).isEqualTo(2);
    assertThat(agreement.get("parties").get("maxItems").asInt())
        .isEqualTo(dev.attache.common.Limits.PARTIES);
    assertThat(agreement.get("parties").get("uniqueItems").asBoolean()).isTrue();
    assertThat(agreement.get("notes").get("maxItems").asInt())
        .isEqualTo(dev.attache.common.Limits.NOTES);
    assertThat(agreement.get("notes").get("items").get("maxLength").asInt())
        .isEqualTo(dev.attache.common.Limits.TEXT);
    JsonNode names = AttacheJson.schema().get("$defs").get("Names").get("properties");
    assertThat(names.get("byLanguage").get("additionalProperties").get("maxLength").asInt())
        .isEqualTo(dev.attache.common.Limits.NAME);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 51})
  void whatTheModelRefusesTheSchemaRefusesToo(int parties) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < parties; i++) {
      list.append(i == 0 ? "" : ",").append("\"org:p").append(i).append('"');
    }
    String document = "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"agreement\","
        + "\"id\":\"agreement:a\",\"title\":{\"byLanguage\":{\"en\":\"A\"}},\"kind\":"
        + "\"MEMORANDUM\",\"parties\":[" + list + "],\"status\":\"PROPOSED\"}]}";
    assertThat(errors(document)).isNotEmpty();
    assertThat(AttacheJson.strict().readDocument(document).problems())
        .extracting(dev.attache.validation.Problem::getCode).contains("agreement.parties.size");
  }
}
