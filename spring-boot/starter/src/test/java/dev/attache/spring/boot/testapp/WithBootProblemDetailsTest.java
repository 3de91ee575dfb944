package dev.attache.spring.boot.testapp;

import static dev.attache.spring.boot.testapp.StarterHttpTest.isProblem;
import static dev.attache.spring.boot.testapp.StarterHttpTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.spring.boot.testapp.Http.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With Spring Boot's own problem details switched on, attache's problems still come through, and
 * Boot's handler still answers everything else.
 */
@SpringBootTest(classes = AgreementsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "spring.mvc.problemdetails.enabled=true"})
class WithBootProblemDetailsTest {
  @LocalServerPort
  int port;

  @Test
  void attachesProblemsComeFirstAndBootAnswersTheRest() {
    Http http = new Http(port);
    Reply rules = http.post("/agreements", StarterHttpTest.TWINS_SIGNED_UNDATED);
    isProblem(rules, 422);
    assertThat(problems(rules)).containsExactly("/parties/1 agreement.parties.distinct",
        "/signedOn agreement.signed.date");
    Reply unknown = http.post("/agreements", StarterHttpTest.withColour(StarterHttpTest.VALID));
    isProblem(unknown, 400);
    assertThat(problems(unknown)).containsExactly("/colour json.property.unknown");
    // not attache's business: Boot's own problem detail
    Reply notAllowed = http.post("/agreements/agreement:x", "{}");
    assertThat(notAllowed.status()).isEqualTo(405);
    assertThat(notAllowed.contentType()).startsWith("application/problem+json");
    assertThat(notAllowed.json().has("problems")).isFalse();
  }
}
