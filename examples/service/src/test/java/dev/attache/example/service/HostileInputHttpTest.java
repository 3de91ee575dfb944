package dev.attache.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hostile inputs of the JSON suite, sent to the HTTP API as one entity and as NDJSON lines:
 * each gets a problem with the JSON suite's code, never a 500, a stack trace or a hang.
 */
class HostileInputHttpTest extends LiveService {
  static final String PERSON =
      "{\"type\":\"person\",\"id\":\"person:hostile\",\"names\":{\"byLanguage\":{\"en\":%s}}%s}";
  static final String SESSION = "{\"type\":\"commission-session\","
      + "\"id\":\"commission-session:hostile\",\"commission\":\"commission:c\",\"date\":%s,"
      + "\"number\":%s}";

  /** Each input, by what it is, with the status and the code of one of its problems. */
  record Case(String path, byte[] body, int status, String code) {}

  static Map<String, Case> cases() {
    Map<String, Case> cases = new LinkedHashMap<>();
    String deep = "[".repeat(5000) + "]".repeat(5000);
    person(cases, "nesting deeper than the limit", PERSON.formatted("\"P\"", ",\"x\":" + deep),
        400, "json.limit");
    session(cases, "a number of thousands of digits",
        SESSION.formatted("\"2021\"", "9".repeat(5000)), 400, "json.limit");
    session(cases, "a huge exponent", SESSION.formatted("\"2021\"", "1e100000000"), 400,
        "json.type");
    session(cases, "a number out of range", SESSION.formatted("\"2021\"", "2147483648"), 400,
        "json.number.range");
    session(cases, "a decimal for an integer", SESSION.formatted("\"2021\"", "1.9"), 400,
        "json.type");
    session(cases, "a string for a number", SESSION.formatted("\"2021\"", "\"7\""), 400,
        "json.type");
    session(cases, "a number for a date", SESSION.formatted("2021", "7"), 400, "json.type");
    person(cases, "null for a required value", PERSON.formatted("null", ""), 400, "json.null");
    person(cases, "a duplicate key", PERSON.formatted("\"P\"", ",\"id\":\"person:hostile\""),
        400, "json.property.duplicate");
    person(cases, "an unknown property", PERSON.formatted("\"P\"", ",\"age\":42"), 400,
        "json.property.unknown");
    person(cases, "a class name property",
        PERSON.formatted("\"P\"", ",\"@class\":\"java.lang.ProcessBuilder\""), 400,
        "json.property.unknown");
    cases.put("a Java class as the type", new Case("/entities/person:hostile",
        utf8("{\"type\":\"java.lang.ProcessBuilder\",\"command\":[\"rm\"]}"), 400,
        "json.entity.type"));
    person(cases, "a value wrapped in an array", PERSON.formatted("[\"P\"]", ""), 400,
        "json.type");
    person(cases, "an unpaired surrogate", PERSON.formatted("\"A\\uD800B\"", ""), 400,
        "json.string");
    person(cases, "a control character", PERSON.formatted("\"A\\u0000B\"", ""), 400,
        "json.string");
    person(cases, "a string longer than the limit",
        PERSON.formatted("\"" + "x".repeat(30_000) + "\"", ""), 422, "value.size");
    person(cases, "a property name longer than the limit",
        PERSON.formatted("\"P\"", ",\"" + "k".repeat(500) + "\":1"), 400,
        "json.limit");
    person(cases, "an array longer than its limit", PERSON.formatted("\"P\"",
        ",\"sources\":[" + "\"source:s\",".repeat(10_000) + "\"source:s\"]"), 400,
        "json.array.size");
    person(cases, "a truncated document", "{\"type\":\"person\",\"id\":\"per", 400,
        "json.syntax");
    person(cases, "trailing garbage", PERSON.formatted("\"P\"", "") + " garbage", 400,
        "json.syntax");
    session(cases, "an impossible date", SESSION.formatted("\"2025-02-30\"", "1"), 400,
        "date.invalid");
    person(cases, "an unknown country", PERSON.formatted("\"P\"", ",\"citizenship\":\"XX\""),
        400, "country.unknown");
    person(cases, "a line break in a name", PERSON.formatted("\"A\\nB\"", ""), 400,
        "names.character");
    byte[] bad = utf8(PERSON.formatted("\"P\u00e9\"", ""));
    int index = new String(bad, StandardCharsets.ISO_8859_1).indexOf('\u00c3');
    bad[index + 1] = (byte) 0x28; // a lead byte followed by no continuation byte
    cases.put("invalid UTF-8", new Case("/entities/person:hostile", bad, 400, "json.syntax"));
    return cases;
  }

  static void person(Map<String, Case> cases, String name, String body, int status,
      String code) {
    cases.put(name, new Case("/entities/person:hostile", utf8(body), status, code));
  }

  static void session(Map<String, Case> cases, String name, String body, int status,
      String code) {
    cases.put(name, new Case("/entities/commission-session:hostile", utf8(body), status, code));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void eachHostileEntityIsAProblemWithTheCodeOfTheJsonSuite() {
    List<String> outcomes = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    cases().forEach((name, input) -> {
      Http.Reply reply = http().put(input.path(), input.body());
      isProblem(reply, reply.status());
      List<String> codes = new ArrayList<>();
      reply.json().get("problems").forEach(p -> codes.add(p.get("code").asString()));
      outcomes.add(name + ": " + reply.status() + " " + (codes.contains(input.code())
          ? input.code() : codes));
      expected.add(name + ": " + input.status() + " " + input.code());
    });
    assertThat(outcomes).isEqualTo(expected);
    assertThat(http().get("/entities/person:hostile").status()).isEqualTo(404);
  }

  @Test
  void hostileLinesOfABulkImportAreReportedAndTheGoodOnesKept() {
    List<Case> inputs = new ArrayList<>(cases().values());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Case input : inputs) {
      body.writeBytes(input.body());
      body.write('\n');
    }
    body.writeBytes(utf8(PERSON.formatted("\"Good\"", "").replace("hostile", "hostile-good")));
    body.write('\n');
    // a line of 50 MB: refused by its length, in bounded memory
    byte[] huge = new byte[50 << 20];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    body.writeBytes(huge);
    body.write('\n');

    Http.Reply reply = http().postNdjson("/entities", body.toByteArray());
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    JsonNode result = reply.json();
    assertThat(result.get("written").asLong()).isEqualTo(1);
    assertThat(result.get("skipped").asLong()).isEqualTo(inputs.size() + 1);
    List<Long> lines = new ArrayList<>();
    result.get("problems").forEach(p -> {
      assertThat(p.has("line")).as(p.toString()).isTrue();
      if (!lines.contains(p.get("line").asLong())) {
        lines.add(p.get("line").asLong());
      }
    });
    List<Long> expectedLines = new ArrayList<>();
    for (long line = 1; line <= inputs.size(); line++) {
      expectedLines.add(line);
    }
    expectedLines.add(inputs.size() + 2L);
    assertThat(lines).isEqualTo(expectedLines);
    assertThat(http().get("/entities/person:hostile-good").status()).isEqualTo(200);
    assertThat(http().get("/entities/person:hostile").status()).isEqualTo(404);
  }

  @Test
  void hostileParametersAndPathsAreProblems() {
    Http http = http();
    for (String path : List.of("/postings?host=" + "T".repeat(10_000),
        "/postings?host=TM&date=2025-02-30", "/postings?host=TM&date=%00",
        "/postings?host=TM&status=EXPLODED", "/agreements/in-force?a=RU&b=org:",
        "/agreements/in-force?a=RU&b=TM&date=99999-01-01", "/timeline?a=RU",
        "/holders?organization=person:p&role=x", "/involving/" + "x".repeat(5000),
        "/search", "/entities/%E2%28", "/entities?offset=99999999999999999999")) {
      Http.Reply reply = http.get(path);
      assertThat(reply.status()).as(path).isBetween(400, 499);
      isProblem(reply, reply.status());
    }
    // a search for nothing in particular is an answer, not an error
    assertThat(http.get("/search?name=%20").status()).isEqualTo(200);
    assertThat(http.get("/search?name=" + "я".repeat(1000)).status()).isEqualTo(200);
    // a URL over Tomcat's header limit (8 KB) is refused before Spring, as a problem all the same
    isProblem(http.get("/search?name=" + "я".repeat(2000)), 400);
  }

  @Test
  void aBlankStatusIsABadRequestNamingTheParameter() {
    Http http = http();
    for (String status : List.of("status=PLANNED&status=", "status=PLANNED&status=%20",
        "status=%20", "status=", "status=PLANNED,", "status=%09&status=ACTIVE")) {
      String path = "/postings?host=TM&date=2025-06-01&" + status;
      Http.Reply reply = http.get(path);
      isProblem(reply, 400);
      assertThat(reply.json().get("parameter").asString()).as(path).isEqualTo("status");
      assertThat(reply.json().get("detail").asString()).as(path).contains("'status'");
      assertThat(EntityApiTest.codes(reply)).as(path).containsExactly(" value.blank");
      assertThat(reply.json().get("problems").get(0).get("parameter").asString())
          .isEqualTo("status");
    }
    // what is not blank is answered as before
    assertThat(http.get("/postings?host=TM&date=2025-06-01&status=PLANNED&status=ACTIVE")
        .status()).isEqualTo(200);
    assertThat(http.get("/postings?host=TM&date=2025-06-01&status=PLANNED,ACTIVE").status())
        .isEqualTo(200);
    assertThat(http.get("/postings?host=TM&date=2025-06-01").status()).isEqualTo(200);
  }
}
