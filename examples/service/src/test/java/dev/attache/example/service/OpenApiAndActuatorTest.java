package dev.attache.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.json.AttacheJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description speaks format 1; health checks the database; metrics count. */
class OpenApiAndActuatorTest extends LiveService {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Test
  void theDescriptionIsOpenApi31WithTheFormatsDefinitions() {
    Http.Reply reply = http().get("/v3/api-docs");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode api = reply.json();
    assertThat(api.get("openapi").asString()).startsWith("3.1");
    JsonNode schemas = api.get("components").get("schemas");

    // each definition of the format's schema, as it is there, its references re-pointed
    JsonNode defs = AttacheJson.schema().get("$defs");
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      JsonNode expected = PLAIN.readTree(def.getValue().toString()
          .replace("\"#/$defs/", "\"#/components/schemas/"));
      assertThat(normalized(schemas.get(def.getKey()))).as(def.getKey())
          .isEqualTo(normalized(expected));
    }

    // the operations refer to them, never to schemas read off Java getters
    JsonNode put = api.get("paths").get("/entities/{id}").get("put");
    assertThat(put.get("requestBody").get("content").get("application/json").get("schema")
        .get("$ref").asString()).isEqualTo("#/components/schemas/entity");
    assertThat(put.get("parameters").get(0).get("schema").get("$ref").asString())
        .isEqualTo("#/components/schemas/Id");
    JsonNode postings = api.get("paths").get("/postings").get("get");
    assertThat(postings.get("responses").get("200").get("content").get("application/json")
        .get("schema").get("items").get("$ref").asString())
        .isEqualTo("#/components/schemas/attache-posting");
    JsonNode stream = api.get("paths").get("/entities").get("get").get("responses").get("200")
        .get("content").get("application/x-ndjson").get("schema");
    assertThat(stream.get("$ref").asString()).isEqualTo("#/components/schemas/entity");
    assertThat(api.get("paths").get("/entities").get("post").get("requestBody").get("content")
        .get("application/x-ndjson").get("schema").get("$ref").asString())
        .isEqualTo("#/components/schemas/entity");
    List<String> kinds = new ArrayList<>();
    api.get("paths").get("/entities").get("get").get("parameters").get(0).get("schema")
        .get("enum").forEach(kind -> kinds.add(kind.asString()));
    assertThat(kinds).contains("attache-posting", "agreement", "commission-session");

    List<String> names = new ArrayList<>();
    schemas.propertyNames().forEach(names::add);
    assertThat(names).noneMatch(name -> name.startsWith("Immutable")
        || name.equals("StreamingResponseBody") || name.equals("Entity"));
    assertThat(reply.text()).doesNotContain("\"idString\"", "\"primary\"");
  }

  /** The schema with its {@code required} names sorted: a set, whose order OpenAPI tools drop. */
  static JsonNode normalized(JsonNode schema) {
    if (schema == null) {
      return null;
    }
    String text = schema.toString();
    JsonNode copy = PLAIN.readTree(text);
    sortRequired(copy);
    return copy;
  }

  private static void sortRequired(JsonNode node) {
    if (node instanceof tools.jackson.databind.node.ObjectNode object) {
      JsonNode required = object.get("required");
      if (required != null && required.isArray()) {
        List<String> names = new ArrayList<>();
        required.forEach(name -> names.add(name.asString()));
        names.sort(null);
        tools.jackson.databind.node.ArrayNode sorted = object.putArray("required");
        names.forEach(sorted::add);
      }
    }
    node.forEach(OpenApiAndActuatorTest::sortRequired);
  }

  @Test
  void healthChecksTheDatabase() {
    JsonNode health = http().get("/actuator/health").json();
    assertThat(health.get("status").asString()).isEqualTo("UP");
    assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
    assertThat(health.get("components").get("db").get("details").get("database").asString())
        .isEqualTo("PostgreSQL");
  }

  @Test
  void metricsCountTheRequests() {
    http().get("/entities?limit=1");
    JsonNode requests = http().get("/actuator/metrics/http.server.requests").json();
    assertThat(requests.get("measurements").get(0).get("value").asDouble()).isPositive();
    assertThat(http().get("/actuator/env").status()).isEqualTo(404);
  }
}
