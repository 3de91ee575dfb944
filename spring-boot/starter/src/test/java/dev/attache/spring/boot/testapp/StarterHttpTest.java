package dev.attache.spring.boot.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.json.AttacheJson;
import dev.attache.json.AttacheModule;
import dev.attache.json.UnknownProperties;
import dev.attache.model.Agreement;
import dev.attache.spring.boot.testapp.Http.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test application with the starter and nothing else, over HTTP on loopback: every answer the
 * starter promises, as a client receives it.
 */
@SpringBootTest(classes = AgreementsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class StarterHttpTest {
  static final String VALID = "{\"type\":\"agreement\",\"id\":\"agreement:ru-tm-2021\","
      + "\"title\":{\"byLanguage\":{\"en\":\"Memorandum on digital cooperation\"}},"
      + "\"kind\":\"MEMORANDUM\",\"parties\":[\"RU\",\"TM\"],\"status\":\"PROPOSED\","
      + "\"proposedOn\":\"2021-03-31\"}";
  /** Two identical parties and signed without a date: two rules broken, the JSON is fine. */
  static final String TWINS_SIGNED_UNDATED = "{\"type\":\"agreement\",\"id\":\"agreement:twins\","
      + "\"title\":{\"byLanguage\":{\"en\":\"Twins\"}},\"kind\":\"MEMORANDUM\","
      + "\"parties\":[\"RU\",\"RU\"],\"status\":\"SIGNED\"}";

  /** The document with one more property at its end, which the format does not have. */
  static String withColour(String json) {
    return json.substring(0, json.length() - 1) + ",\"colour\":\"blue\"}";
  }

  @LocalServerPort
  int port;

  @Autowired
  JsonMapper mapper;

  Http http() {
    return new Http(port);
  }

  static List<String> problems(Reply reply) {
    List<String> problems = new ArrayList<>();
    for (JsonNode problem : reply.json().get("problems")) {
      problems.add(problem.get("pointer").asString() + " " + problem.get("code").asString());
    }
    return problems;
  }

  /** What every problem response is: RFC 9457, and nothing of the server's insides. */
  static void isProblem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode body = reply.json();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asString()).isNotBlank();
    assertThat(body.get("detail").asString()).isNotBlank();
    assertThat(body.get("problems").isArray()).isTrue();
    assertThat(reply.text()).doesNotContain("dev.attache.", "java.", "Exception", "\tat ",
        "trace", "Source:");
  }

  @Test
  void aValidAgreementIsCreatedAndReadBack() {
    Reply created = http().post("/agreements", VALID);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.text()).isEqualTo(VALID);
    Reply read = http().get("/agreements/agreement:ru-tm-2021");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text()).isEqualTo(AttacheJson.strict().write(
        AttacheJson.strict().read(VALID, Agreement.class)));
  }

  @Test
  void anAgreementThatBreaksRulesIs422WithEveryProblemAndItsPointer() {
    Reply reply = http().post("/agreements", TWINS_SIGNED_UNDATED);
    isProblem(reply, 422);
    assertThat(problems(reply)).containsExactly("/parties/1 agreement.parties.distinct",
        "/signedOn agreement.signed.date");
    JsonNode twin = reply.json().get("problems").get(0);
    assertThat(twin.get("message").asString()).isEqualTo("the parties of an agreement must be distinct");
    assertThat(twin.get("value").asString()).isEqualTo("RU");
    assertThat(reply.json().get("title").asString()).isEqualTo("Unprocessable Content");
  }

  @Test
  void malformedJsonIs400WithItsLineAndColumn() {
    Reply reply = http().post("/agreements", "{\"type\":\"agreement\",\n  \"id\":}");
    isProblem(reply, 400);
    assertThat(problems(reply)).containsExactly("/id json.syntax");
    JsonNode problem = reply.json().get("problems").get(0);
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("column").asInt()).isEqualTo(8);
  }

  @Test
  void anUnknownPropertyIs400NotSilentlyDropped() {
    Reply reply = http().post("/agreements", withColour(VALID));
    isProblem(reply, 400);
    assertThat(problems(reply)).containsExactly("/colour json.property.unknown");
    assertThat(http().get("/agreements/agreement:ru-tm-2021").text()).doesNotContain("colour");
  }

  @Test
  void valuesOfTheWrongFormInTheBodyAre400WithTheLibrarysCodes() {
    Reply reply = http().post("/agreements", VALID.replace("agreement:ru-tm-2021", "agreement:Bad")
        .replace("\"TM\"", "\"XX\"").replace("2021-03-31", "2021-02-30"));
    isProblem(reply, 400);
    assertThat(problems(reply)).containsExactly("/id id.malformed", "/parties/1 country.unknown",
        "/proposedOn date.invalid");
    assertThat(reply.json().get("problems").get(1).get("value").asString()).isEqualTo("XX");
  }

  @Test
  void aBadIdInThePathIs400NamingTheParameter() {
    Reply malformed = http().get("/agreements/agreement:Not%20An%20Id");
    isProblem(malformed, 400);
    assertThat(problems(malformed)).containsExactly(" id.malformed");
    assertThat(malformed.json().get("parameter").asString()).isEqualTo("id");
    assertThat(malformed.json().get("problems").get(0).get("value").asString())
        .isEqualTo("agreement:Not An Id");
    // an id of another kind where the path wants an agreement's
    Reply otherKind = http().get("/agreements/org:undp");
    isProblem(otherKind, 400);
    assertThat(problems(otherKind)).containsExactly(" id.kind");
    // a well-formed id that is not there is not a problem of the request
    assertThat(http().get("/agreements/agreement:nowhere").status()).isEqualTo(404);
  }

  @Test
  void countriesAndDatesBindFromRequestParameters() {
    http().post("/agreements", VALID);
    Reply found = http().get("/agreements?party=TM&proposedBy=2021&signed=%3E%3D2022-05");
    assertThat(found.status()).as(found.text()).isEqualTo(200);
    assertThat(found.json().get("ids").get(0).asString()).isEqualTo("agreement:ru-tm-2021");
    assertThat(found.json().get("party").asString()).isEqualTo("TM");
    assertThat(found.json().get("signed").asString()).isEqualTo(">=2022-05");
    assertThat(http().get("/agreements?party=TM&proposedBy=2020").json().get("ids")).isEmpty();

    assertThat(http().get("/agreements?party=TM&with=RU").json().get("ids")).hasSize(1);
    assertThat(http().get("/agreements?party=TM&with=org:undp").json().get("ids")).isEmpty();
    Reply party = http().get("/agreements?party=TM&with=person:x");
    isProblem(party, 400);
    assertThat(problems(party)).containsExactly(" id.kind");
    Reply country = http().get("/agreements?party=XX");
    isProblem(country, 400);
    assertThat(problems(country)).containsExactly(" country.unknown");
    assertThat(country.json().get("parameter").asString()).isEqualTo("party");
    Reply date = http().get("/agreements?party=TM&proposedBy=2021-13");
    isProblem(date, 400);
    assertThat(problems(date)).containsExactly(" date.invalid");
    Reply qualified = http().get("/agreements?party=TM&signed=%3C%3Dsoon");
    isProblem(qualified, 400);
    assertThat(problems(qualified)).containsExactly(" date.malformed");
  }

  @Test
  void messagesComeInTheRequestsLanguage() {
    Reply rules = http().post("/agreements", TWINS_SIGNED_UNDATED, "Accept-Language", "ru-RU,ru;q=0.9");
    isProblem(rules, 422);
    assertThat(problems(rules)).containsExactly("/parties/1 agreement.parties.distinct",
        "/signedOn agreement.signed.date");
    assertThat(rules.json().get("problems").get(0).get("message").asString())
        .isEqualTo("стороны соглашения должны быть различными");
    assertThat(rules.json().get("problems").get(1).get("message").asString())
        .isEqualTo("у подписанного соглашения должна быть дата подписания");
    assertThat(rules.json().get("detail").asString()).isEqualTo("Запрос нарушает правила модели.");

    Reply unknown = http().post("/agreements", VALID.replace("\"kind\"", "\"colour\":1,\"kind\""),
        "Accept-Language", "ru");
    isProblem(unknown, 400);
    assertThat(unknown.json().get("problems").get(0).get("message").asString())
        .isEqualTo("неизвестное свойство");
    Reply path = http().get("/agreements/agreement:Bad", "Accept-Language", "ru");
    assertThat(path.json().get("detail").asString()).isEqualTo("Не удалось прочитать параметр «id».");

    // a language without messages gets English, whatever the server's own locale
    Reply german = http().post("/agreements", TWINS_SIGNED_UNDATED, "Accept-Language", "de");
    assertThat(german.json().get("problems").get(0).get("message").asString())
        .isEqualTo("the parties of an agreement must be distinct");
  }

  @Test
  void anEmptyBodyAndABodyOfTheWrongShapeAre400Too() {
    Reply empty = http().post("/agreements", "");
    isProblem(empty, 400);
    assertThat(problems(empty)).containsExactly(" json.empty");
    Reply array = http().post("/agreements", "[1,2]");
    isProblem(array, 400);
    assertThat(problems(array)).extracting(p -> p.split(" ")[1]).containsExactly("json.type");
    Reply person = http().post("/agreements", "{\"type\":\"person\",\"id\":\"person:x\","
        + "\"names\":{\"byLanguage\":{\"en\":\"X\"}}}");
    isProblem(person, 400);
    assertThat(problems(person)).extracting(p -> p.split(" ")[1]).contains("json.entity.type");
  }

  @Test
  void theModuleIsOnBootsMapperOnceWithTheStartersSettings() {
    List<AttacheModule> modules = mapper.registeredModules().stream()
        .filter(AttacheModule.class::isInstance).map(AttacheModule.class::cast).toList();
    assertThat(modules).singleElement().satisfies(module -> {
      assertThat(module.unknownProperties()).isEqualTo(UnknownProperties.FAIL);
      assertThat(module.isValidating()).isFalse();
    });
  }

  @Test
  void methodValidationPointsIntoTheBodyToo() {
    Reply reply = http().post("/agreements/batch", "[" + VALID + "," + TWINS_SIGNED_UNDATED + "]");
    isProblem(reply, 422);
    assertThat(problems(reply)).containsExactly("/1/parties/1 agreement.parties.distinct",
        "/1/signedOn agreement.signed.date");
    assertThat(reply.json().has("parameter")).isFalse();
    // a constraint on a request parameter: its name, and the pointer is the value itself
    Reply limit = http().get("/agreements?party=TM&limit=500");
    isProblem(limit, 422);
    assertThat(problems(limit)).containsExactly(" value.max");
    assertThat(limit.json().get("parameter").asString()).isEqualTo("limit");
    assertThat(limit.json().get("problems").get(0).get("value").asString()).isEqualTo("500");
    assertThat(limit.json().get("problems").get(0).get("parameter").asString())
        .isEqualTo("limit");
    assertThat(limit.json().get("detail").asString())
        .isEqualTo("The parameter 'limit' breaks a rule.");
    Reply created = http().post("/agreements/batch", "[" + VALID + "]");
    assertThat(created.status()).as(created.text()).isEqualTo(200);
  }

  @Test
  void eachProblemOfAParameterNamesItsParameter() {
    // two parameters out of bounds: a problem each, each naming the parameter as the request
    // does ("from", not the Java name "offset"), the detail naming both
    Reply both = http().get("/agreements?party=TM&limit=500&from=-1");
    isProblem(both, 422);
    assertThat(problems(both)).containsExactlyInAnyOrder(" value.max", " value.min");
    List<String> named = new ArrayList<>();
    for (JsonNode problem : both.json().get("problems")) {
      named.add(problem.get("parameter").asString() + " " + problem.get("code").asString() + " "
          + problem.get("value").asString());
    }
    assertThat(named).containsExactlyInAnyOrder("limit value.max 500", "from value.min -1");
    assertThat(both.json().has("parameter")).isFalse();
    assertThat(both.json().get("detail").asString())
        .isEqualTo("The parameters 'limit', 'from' break rules.");
    Reply russian = http().get("/agreements?party=TM&limit=500&from=-1", "Accept-Language", "ru");
    assertThat(russian.json().get("detail").asString())
        .isEqualTo("Параметры «limit», «from» нарушают правила.");
    Reply one = http().get("/agreements?party=TM&from=-1", "Accept-Language", "ru");
    isProblem(one, 422);
    assertThat(one.json().get("detail").asString()).isEqualTo("Параметр «from» нарушает правило.");

    // a parameter that cannot be read names itself in its problem too
    Reply country = http().get("/agreements?party=XX");
    assertThat(country.json().get("problems").get(0).get("parameter").asString())
        .isEqualTo("party");
    // a problem of the body names no parameter
    Reply body = http().post("/agreements", TWINS_SIGNED_UNDATED);
    assertThat(body.json().get("problems").get(0).has("parameter")).isFalse();
  }
}
