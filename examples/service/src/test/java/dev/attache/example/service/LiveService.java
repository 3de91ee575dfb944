package dev.attache.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.dataset.Dataset;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service as a user runs it, on a random loopback port, on an embedded PostgreSQL in a fresh
 * directory under {@code target}: one for all the test classes that extend this (Spring keeps the
 * context between them).
 */
@SpringBootTest(classes = ServiceApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
abstract class LiveService {
  static final Path DATA = Path.of("target", "service-test-data", UUID.randomUUID().toString());

  @DynamicPropertySource
  static void dataDirectory(DynamicPropertyRegistry registry) {
    registry.add("attache.service.data-directory", DATA::toString);
  }

  @LocalServerPort
  int port;

  Http http() {
    return new Http(port);
  }

  /** Everything the service holds, read through its NDJSON stream, as a dataset. */
  Dataset everything() {
    Http.Reply reply = http().get("/entities", "Accept", "application/x-ndjson");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/x-ndjson");
    Dataset.Builder dataset = Dataset.builder();
    try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(
        new ByteArrayInputStream(reply.text().getBytes(StandardCharsets.UTF_8)))) {
      reader.forEachRemaining((NdjsonLine line) -> dataset.add(line.entity().map(d -> d.entity()).orElseThrow(
          () -> new AssertionError("line " + line.number() + ": " + line.problems()))));
    }
    return dataset.build();
  }

  /**
   * What every error is, whoever answers it (the service, the starter, Spring, the error page,
   * Tomcat): an RFC 9457 problem with its title and detail, a {@code problems} array of at least
   * one {@code {pointer, code, message}}, and nothing of the server's insides.
   */
  static void isProblem(Http.Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).as(reply.text()).startsWith("application/problem+json");
    JsonNode body = reply.json();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asString()).as(reply.text()).isNotBlank();
    assertThat(body.get("detail").asString()).as(reply.text()).isNotBlank();
    assertThat(body.get("problems")).as(reply.text()).isNotNull();
    assertThat(body.get("problems").isArray()).as(reply.text()).isTrue();
    assertThat(body.get("problems")).as(reply.text()).isNotEmpty().allSatisfy(problem -> {
      assertThat(problem.get("pointer").isString()).as(reply.text()).isTrue();
      assertThat(problem.get("code").asString()).as(reply.text()).isNotBlank();
      assertThat(problem.get("message").asString()).as(reply.text()).isNotBlank();
    });
    assertThat(reply.text()).doesNotContain("Exception", "\tat ", "dev.attache.", "org.spring",
        "timestamp");
  }
}
