package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.attache.validation.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * One test per class of hostile input, each with the exact outcome: a problem with a stable code
 * and a pointer or line, in bounded time, and never another exception or a half-built value.
 */
class HostileInputTest {
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final String PERSON =
      "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":%s}}%s}";
  private static final String SESSION = "{\"type\":\"commission-session\","
      + "\"id\":\"commission-session:s\",\"commission\":\"commission:c\",\"date\":%s,"
      + "\"number\":%s}";

  /** Reads a document holding the one entity; returns "pointer code" of each problem. */
  private static List<String> entity(String entity) {
    return document("{\"format\":\"attache/1\",\"entities\":[" + entity + "]}");
  }

  private static List<String> document(String document) {
    return document(document.getBytes(StandardCharsets.UTF_8), AttacheJson.strict());
  }

  private static List<String> document(byte[] bytes, AttacheJson json) {
    AtomicReference<DocumentResult> result = new AtomicReference<>();
    assertTimeoutPreemptively(BOUND, () ->
        result.set(json.readDocument(new ByteArrayInputStream(bytes))));
    DocumentResult read = result.get();
    // a half-built value never comes out: either the entity or its problems
    assertThat(read.entities().isEmpty() || read.problems().isEmpty()).isTrue();
    return read.problems().stream().map(p -> p.getPointer() + " " + p.getCode()).toList();
  }

  private static List<String> lines(String ndjson) {
    return lines(ndjson.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> lines(byte[] ndjson) {
    AtomicReference<List<String>> result = new AtomicReference<>();
    assertTimeoutPreemptively(BOUND, () -> {
      try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(new ByteArrayInputStream(ndjson))) {
        result.set(reader.stream().flatMap(line -> line.entity().isPresent()
            ? java.util.stream.Stream.of(line.number() + ": ok")
            : line.problems().stream().map(p -> line.number() + ": " + p.getPointer() + " "
                + p.getCode())).toList());
      }
    });
    return result.get();
  }

  @Test
  void nestingDeeperThanTheLimit() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThat(entity(PERSON.formatted("\"P\"", ",\"x\":" + deep)))
        .containsExactly("/entities/0/x json.property.unknown", "/entities/0/x json.limit");
  }

  @Test
  void theDeepestAllowedNestingUnderASmallThreadStack() throws Exception {
    String deep = "[".repeat(27) + "]".repeat(27);
    String text = "{\"format\":\"attache/1\",\"entities\":[" + PERSON.formatted("\"P\"", ",\"x\":" + deep)
        + "]}";
    AtomicReference<DocumentResult> result = new AtomicReference<>();
    Thread thread = new Thread(null, () -> result.set(AttacheJson.lenient().readDocument(text)),
        "small-stack", 128 * 1024);
    thread.start();
    thread.join(BOUND.toMillis());
    assertThat(result.get().problems()).isEmpty();
    assertThat(result.get().entities()).hasSize(1);
  }

  @Test
  void numbersOfThousandsOfDigits() {
    assertThat(entity(SESSION.formatted("\"2021\"", "9".repeat(5000))))
        .containsExactly("/entities/0/number json.limit");
  }

  @Test
  void hugeExponents() {
    assertThat(entity(SESSION.formatted("\"2021\"", "1e100000000")))
        .containsExactly("/entities/0/number json.type");
  }

  @Test
  void valuesOutOfRangeForTheirType() {
    assertThat(entity(SESSION.formatted("\"2021\"", "2147483648")))
        .containsExactly("/entities/0/number json.number.range");
    assertThat(entity(SESSION.formatted("\"2021\"", "-99999999999999999999")))
        .containsExactly("/entities/0/number json.number.range");
  }

  @Test
  void aDecimalWhereAnIntegerIsExpected() {
    assertThat(entity(SESSION.formatted("\"2021\"", "1.9"))).containsExactly("/entities/0/number json.type");
  }

  @Test
  void stringsWhereNumbersAreExpectedAndTheReverse() {
    assertThat(entity(SESSION.formatted("\"2021\"", "\"7\""))).containsExactly("/entities/0/number json.type");
    assertThat(entity(SESSION.formatted("2021", "7"))).containsExactly("/entities/0/date json.type");
  }

  @Test
  void numbersWhereAnEnumIsExpected() {
    assertThat(entity("{\"type\":\"organization\",\"id\":\"org:o\",\"names\":{\"byLanguage\":"
        + "{\"en\":\"O\"}},\"kind\":3}")).containsExactly("/entities/0/kind json.type");
  }

  @Test
  void nullWhereAValueIsRequired() {
    assertThat(entity(PERSON.formatted("null", ""))).containsExactly("/entities/0/names/byLanguage/en json.null");
    assertThat(entity(PERSON.formatted("\"P\"", ",\"citizenship\":null")))
        .containsExactly("/entities/0/citizenship json.null");
  }

  @Test
  void duplicateKeys() {
    assertThat(entity(PERSON.formatted("\"P\"", ",\"id\":\"person:q\"")))
        .containsExactly("/entities/0/id json.property.duplicate");
  }

  @Test
  void unknownPropertiesInStrictMode() {
    assertThat(entity(PERSON.formatted("\"P\"", ",\"age\":42")))
        .containsExactly("/entities/0/age json.property.unknown");
  }

  @Test
  void aClassNameProperty() {
    assertThat(entity(PERSON.formatted("\"P\"", ",\"@class\":\"java.lang.ProcessBuilder\"")))
        .containsExactly("/entities/0/@class json.property.unknown");
  }

  @Test
  void anUnknownOrJavaClassLikeType() {
    assertThat(entity("{\"type\":\"java.lang.ProcessBuilder\",\"command\":[\"rm\"]}"))
        .containsExactly("/entities/0/type json.entity.type");
    assertThat(entity("{\"type\":\"dev.attache.model.Person\",\"id\":\"person:p\"}"))
        .containsExactly("/entities/0/type json.entity.type");
  }

  @Test
  void aValueWrappedInAnArray() {
    assertThat(entity(PERSON.formatted("[\"P\"]", ""))).containsExactly("/entities/0/names/byLanguage/en json.type");
  }

  @Test
  void trailingGarbageAfterADocument() {
    assertThat(document("{\"format\":\"attache/1\",\"entities\":[]} {\"again\":1}"))
        .containsExactly(" json.trailing");
    assertThat(document("{\"format\":\"attache/1\",\"entities\":[]} garbage"))
        .containsExactly(" json.syntax");
  }

  @Test
  void twoDocumentsOnOneNdjsonLine() {
    String person = PERSON.formatted("\"P\"", "");
    assertThat(lines(person + person + "\n" + person)).containsExactly("1:  json.trailing", "2: ok");
  }

  @Test
  void invalidUtf8() {
    byte[] good = PERSON.formatted("\"P\"", "").getBytes(StandardCharsets.UTF_8);
    byte[] bad = PERSON.formatted("\"P\u00e9\"", "").getBytes(StandardCharsets.UTF_8);
    int index = new String(bad, StandardCharsets.ISO_8859_1).indexOf('\u00c3');
    bad[index + 1] = (byte) 0x28; // a lead byte followed by no continuation byte
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(bad);
    stream.write('\n');
    stream.writeBytes(good);
    assertThat(lines(stream.toByteArray())).containsExactly(
        "1: /names/byLanguage/en json.syntax", "2: ok");
  }

  @Test
  void anUnpairedSurrogateInAName() {
    assertThat(entity(PERSON.formatted("\"A\\uD800B\"", "")))
        .containsExactly("/entities/0/names/byLanguage/en json.string");
    assertThat(entity(PERSON.formatted("\"\\uDC00\"", "")))
        .containsExactly("/entities/0/names/byLanguage/en json.string");
    // a pair is a character and is fine
    assertThat(entity(PERSON.formatted("\"\\uD83D\\uDE00 Smile\"", ""))).isEmpty();
  }

  @Test
  void controlCharactersInAName() {
    assertThat(entity(PERSON.formatted("\"A\\u0000B\"", "")))
        .containsExactly("/entities/0/names/byLanguage/en json.string");
    // a line break is text elsewhere but not in a name
    assertThat(entity(PERSON.formatted("\"A\\nB\"", ""))).containsExactly("/entities/0/names names.character");
    // unescaped, a control character is broken JSON
    assertThat(entity(PERSON.formatted("\"A\u0001B\"", ""))).singleElement().asString()
        .endsWith("json.syntax");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] text = "{\"format\":\"attache/1\",\"entities\":[]}".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(document(withBom, AttacheJson.strict())).isEmpty();
  }

  @Test
  void aStringLongerThanTheLimit() {
    assertThat(entity(PERSON.formatted("\"" + "x".repeat(30_000) + "\"", "")))
        .containsExactly("/entities/0/names/byLanguage/en json.limit");
  }

  @Test
  void aNameLongerThanTheLimit() {
    assertThat(entity(PERSON.formatted("\"P\"", ",\"" + "k".repeat(500) + "\":1")))
        .singleElement().asString().endsWith("json.limit");
  }

  @Test
  void aNameLongerThanTheLimitOnAnNdjsonLineHasTheLineNumber() {
    String person = PERSON.formatted("\"P\"", "");
    String longName = "{\"type\":\"person\",\"names\":{\"" + "k".repeat(256) + "\":1}}";
    assertThat(lines(person + "\n" + longName + "\n" + person))
        .containsExactly("1: ok", "2: /names json.limit", "3: ok");
    try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(new ByteArrayInputStream(
        longName.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.next().problems()).allSatisfy(p -> assertThat(p.getLine()).hasValue(1));
    }
  }

  @Test
  void aCollectionLongerThanItsLimit() {
    String sources = "\"source:s\"," .repeat(60);
    assertThat(entity(PERSON.formatted("\"P\"", ",\"sources\":[" + sources + "\"source:s\"]")))
        .containsExactly("/entities/0/sources value.size");
    String huge = "\"source:s\",".repeat(10_000);
    assertThat(entity(PERSON.formatted("\"P\"", ",\"sources\":[" + huge + "\"source:s\"]")))
        .containsExactly("/entities/0/sources/10000 json.array.size");
  }

  @Test
  void anEmptyDocument() {
    assertThat(document("")).containsExactly(" json.empty");
    assertThat(lines("")).isEmpty();
  }

  @Test
  void aTruncatedDocument() {
    assertThat(document("{\"format\":\"attache/1\",\"entities\":[{\"type\":\"per"))
        .singleElement().asString().endsWith("json.syntax");
  }

  @Test
  void aLastLineWithoutNewline() {
    String person = PERSON.formatted("\"P\"", "");
    assertThat(lines(person + "\n" + person)).containsExactly("1: ok", "2: ok");
  }

  @Test
  void crlfLineEnds() {
    String person = PERSON.formatted("\"P\"", "");
    assertThat(lines(person + "\r\n" + person + "\r\n")).containsExactly("1: ok", "2: ok");
  }

  @Test
  void blankLines() {
    String person = PERSON.formatted("\"P\"", "");
    assertThat(lines("\n \n" + person + "\n\t\n\n" + person)).containsExactly("3: ok", "6: ok");
  }

  @Test
  void aFiftyMegabyteSingleLine() {
    byte[] line = new byte[50 << 20];
    java.util.Arrays.fill(line, (byte) ' ');
    line[line.length - 1] = '\n';
    line[0] = '{';
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(line);
    stream.writeBytes(PERSON.formatted("\"P\"", "").getBytes(StandardCharsets.UTF_8));
    assertThat(lines(stream.toByteArray())).containsExactly("1:  json.line.length", "2: ok");
  }

  @Test
  void impossibleDates() {
    assertThat(entity(SESSION.formatted("\"2025-02-30\"", "1"))).containsExactly("/entities/0/date date.invalid");
    assertThat(entity(SESSION.formatted("\"2025-13\"", "1"))).containsExactly("/entities/0/date date.invalid");
    assertThat(entity(SESSION.formatted("\"25-1-1\"", "1"))).containsExactly("/entities/0/date date.malformed");
  }

  @Test
  void unknownCountryOrCurrencyCodes() {
    assertThat(entity(PERSON.formatted("\"P\"", ",\"citizenship\":\"XX\"")))
        .containsExactly("/entities/0/citizenship country.unknown");
    assertThat(entity("{\"type\":\"export-deal\",\"id\":\"deal:d\",\"exporter\":\"org:o\","
        + "\"customer\":\"TM\",\"productCategory\":\"SOFTWARE\",\"stage\":\"LEAD\","
        + "\"value\":{\"amount\":\"1.00\",\"currency\":\"XYZ\"}}"))
        .containsExactly("/entities/0/value/currency money.currency");
  }

  @Test
  void everyProblemCarriesALocation() {
    DocumentResult read = AttacheJson.strict().readDocument(
        "{\"format\":\"attache/1\",\"entities\":[\n" + PERSON.formatted("7", ",\"age\":1") + "]}");
    assertThat(read.problems()).hasSize(2).allSatisfy((Problem p) -> {
      assertThat(p.getLine()).hasValue(2);
      assertThat(p.getColumn()).isPresent();
    });
  }

  @Test
  void millionsOfBadEntitiesKeepTenThousandProblemsAndCountTheRest() {
    StringBuilder text = new StringBuilder("{\"format\":\"attache/1\",\"entities\":[{}");
    for (int i = 1; i < 200_000; i++) {
      text.append(",{}");
    }
    text.append("]}");
    AtomicReference<DocumentResult> result = new AtomicReference<>();
    assertTimeoutPreemptively(BOUND, () -> result.set(AttacheJson.strict().readDocument(
        new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)))));
    DocumentResult read = result.get();
    assertThat(read.problems()).hasSize(10_001);
    assertThat(read.problems().get(10_000).getCode()).isEqualTo("json.problems.truncated");
    assertThat(read.problems().get(10_000).getMessage()).contains("200000");
    assertThat(read.problemCount()).isEqualTo(200_000);
    assertThat(read.invalidCount()).isEqualTo(200_000);
  }

  @Test
  void anEntityBufferedBecauseItsTypeComesLateObeysTheArrayLimit() {
    String notes = "[" + "\"n\",".repeat(12_000) + "\"n\"]";
    assertThat(entity("{\"id\":\"person:p\",\"notes\":" + notes + ",\"type\":\"person\"}"))
        .containsExactly("/entities/0/notes/10000 json.array.size");
    String wide = "{" + java.util.stream.IntStream.range(0, 12_000)
        .mapToObj(i -> "\"p" + i + "\":0").collect(java.util.stream.Collectors.joining(","))
        + ",\"type\":\"person\"}";
    assertThat(entity(wide)).containsExactly("/entities/0/p10000 json.array.size");
  }

  @Test
  void unknownPropertiesKeptInLenientModeObeyTheLimits() {
    String big = "[" + "0,".repeat(12_000) + "0]";
    assertThat(document(("{\"format\":\"attache/1\",\"entities\":[" + String.format(PERSON,
        "\"P\"", ",\"extra\":" + big) + "]}").getBytes(StandardCharsets.UTF_8),
        AttacheJson.lenient())).containsExactly("/entities/0/extra/10000 json.array.size");
    // many arrays within the limit each, too many values together
    String nested = "[" + String.join(",", java.util.Collections.nCopies(20, "[" + "0,".repeat(9_999)
        + "0]")) + "]";
    assertThat(document(("{\"format\":\"attache/1\",\"entities\":[" + String.format(PERSON,
        "\"P\"", ",\"extra\":" + nested) + "]}").getBytes(StandardCharsets.UTF_8),
        AttacheJson.lenient())).singleElement().asString().endsWith(" json.limit");
    assertThat(document(("{\"format\":\"attache/1\",\"x\":" + big + ",\"entities\":[]}")
        .getBytes(StandardCharsets.UTF_8), AttacheJson.lenient()))
        .containsExactly("/x/10000 json.array.size");
  }

  @Test
  void anObjectWithMoreUnknownPropertiesThanAnyObjectMayHaveIsCutShort() {
    String wide = java.util.stream.IntStream.range(0, 50_000)
        .mapToObj(i -> ",\"u" + i + "\":0").collect(java.util.stream.Collectors.joining());
    List<String> problems = entity(String.format(PERSON, "\"P\"", wide));
    // type, id and names are three of the 10,000 properties an object may have
    assertThat(problems).hasSize(9_999).endsWith("/entities/0/u9998 json.array.size");
  }
}
