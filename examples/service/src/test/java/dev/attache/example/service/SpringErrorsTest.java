package dev.attache.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The errors that Spring MVC, Spring Boot's error page and Tomcat answer rather than the service's
 * code: each a problem of the service's form, with its {@code problems} array, whatever the
 * request accepts.
 */
class SpringErrorsTest extends LiveService {
  static final String ENTITY = "/entities/agreement:ru-tm-business-missions";

  @Test
  void aMissingParameterIsNamed() {
    Http.Reply reply = http().get("/postings");
    isProblem(reply, 400);
    assertThat(reply.json().get("parameter").asString()).isEqualTo("host");
    assertThat(EntityApiTest.codes(reply)).containsExactly(" parameter.missing");
    assertThat(reply.json().get("problems").get(0).get("parameter").asString())
        .isEqualTo("host");
  }

  @Test
  void methodsAndPathsNotThere() {
    Http http = http();
    // TRACE is refused by Tomcat and answered through the error page
    Http.Reply trace = http.send("TRACE", "/postings", null);
    isProblem(trace, 405);
    assertThat(EntityApiTest.codes(trace)).containsExactly(" http.405");
    Http.Reply patch = http.send("PATCH", ENTITY, new byte[0]);
    isProblem(patch, 405);
    assertThat(EntityApiTest.codes(patch)).containsExactly(" http.405");
    assertThat(patch.header("Allow")).contains("GET");
    Http.Reply nowhere = http.get("/nowhere");
    isProblem(nowhere, 404);
    assertThat(EntityApiTest.codes(nowhere)).containsExactly(" http.404");
    // the error page itself, asked for: nothing is there
    Http.Reply error = http.get("/error");
    isProblem(error, 404);
    assertThat(error.text()).doesNotContain("999", "None");
    isProblem(http.send("POST", "/error", "{}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json"), 404);
  }

  @Test
  void mediaTypesNotTakenOrNotGiven() {
    Http http = http();
    Http.Reply unsupported = http.send("PUT", "/entities/agreement:x", "x".getBytes(
        StandardCharsets.UTF_8), "Content-Type", "text/plain");
    isProblem(unsupported, 415);
    assertThat(EntityApiTest.codes(unsupported)).containsExactly(" http.415");
    for (String accept : new String[] {"garbage", "text/html", "application/xml"}) {
      Http.Reply reply = http.get("/postings?host=TM&date=2025-06-01", "Accept", accept);
      isProblem(reply, 406);
      assertThat(EntityApiTest.codes(reply)).as(accept).containsExactly(" http.406");
    }
  }

  @Test
  void yamlIsNotAcceptableAndNotOffered() {
    Http http = http();
    for (String path : new String[] {ENTITY, "/entities?limit=2", "/postings?host=TM",
        ENTITY + "/history", "/timeline?a=RU&b=TM"}) {
      for (String yaml : new String[] {"application/yaml", "application/x-yaml", "text/yaml"}) {
        Http.Reply reply = http.get(path, "Accept", yaml);
        isProblem(reply, 406);
        assertThat(reply.text()).as(path).doesNotContainIgnoringCase("yaml");
        assertThat(String.valueOf(reply.header("Accept"))).as(path)
            .doesNotContainIgnoringCase("yaml");
        // the validators of the entity that could not be written are not the problem's
        assertThat(reply.header("ETag")).as(path).isNull();
        assertThat(reply.header("Last-Modified")).as(path).isNull();
      }
    }
    // a client that takes either gets JSON
    Http.Reply either = http.get(ENTITY, "Accept", "application/yaml, application/json;q=0.5");
    assertThat(either.status()).isEqualTo(200);
    assertThat(either.contentType()).isEqualTo("application/json");
    // springdoc's own YAML description is not the converters' business
    assertThat(http.get("/v3/api-docs.yaml").text()).startsWith("openapi: 3.1");
  }
}
