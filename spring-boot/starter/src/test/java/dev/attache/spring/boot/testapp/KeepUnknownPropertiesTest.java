package dev.attache.spring.boot.testapp;

import static dev.attache.spring.boot.testapp.StarterHttpTest.isProblem;
import static dev.attache.spring.boot.testapp.StarterHttpTest.problems;
import static dev.attache.spring.boot.testapp.StarterHttpTest.withColour;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.spring.boot.testapp.Http.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code attache.json.unknown-properties=keep}: lossless passthrough, never a silent drop. */
@SpringBootTest(classes = AgreementsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "attache.json.unknown-properties=keep"})
class KeepUnknownPropertiesTest {
  @LocalServerPort
  int port;

  @Test
  void whatALaterFormatAddedComesBackOnGet() {
    Http http = new Http(port);
    String later = withColour(StarterHttpTest.VALID)
        .replace("\"en\":\"Memorandum on digital cooperation\"}",
            "\"en\":\"Memorandum on digital cooperation\",\"tk\":\"Ylalaşyk\"},\"script\":[1,{\"a\":null}]");
    Reply created = http.post("/documents", later);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    Reply read = http.get("/documents/agreement:ru-tm-2021");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text()).isEqualTo(later);
  }

  @Test
  void aTypeThatCannotHoldThemRefusesThemInsteadOfDroppingThem() {
    Reply reply = new Http(port).post("/agreements", withColour(StarterHttpTest.VALID));
    isProblem(reply, 400);
    assertThat(problems(reply)).containsExactly("/colour json.property.unknown");
    assertThat(reply.json().get("problems").get(0).get("message").asString())
        .contains("DecodedEntity");
  }

  @Test
  void anEntityKeptAsItCameIsStillCheckedAgainstTheRules() {
    Reply reply = new Http(port).post("/documents",
        withColour(StarterHttpTest.TWINS_SIGNED_UNDATED));
    isProblem(reply, 422);
    assertThat(problems(reply)).containsExactly("/parties/1 agreement.parties.distinct",
        "/signedOn agreement.signed.date");
  }
}
