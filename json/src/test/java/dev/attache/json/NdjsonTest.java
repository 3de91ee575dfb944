package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NDJSON reader, line by line. */
class NdjsonTest {
  private static final String P1 = person("p1");
  private static final String P2 = person("p2");

  static String person(String slug) {
    return "{\"type\":\"person\",\"id\":\"person:" + slug
        + "\",\"names\":{\"byLanguage\":{\"en\":\"Person " + slug + "\"}}}";
  }

  private static List<String> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), AttacheJson.strict());
  }

  /** Each line as "number: id" or "number: pointer code" for each problem. */
  static List<String> read(byte[] bytes, AttacheJson json) {
    try (NdjsonReader reader = json.ndjsonReader(new ByteArrayInputStream(bytes))) {
      return reader.stream().flatMap(line -> line.entity().isPresent()
          ? java.util.stream.Stream.of(line.number() + ": " + line.entity().get().entity().getId())
          : line.problems().stream().map(p -> line.number() + ": " + p.getPointer() + " "
              + p.getCode() + " @" + p.getLine().getAsLong())).toList();
    }
  }

  @Test
  void writersFlushOnCloseAndLeaveTheStreamOpen() {
    class Watched extends java.io.ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    dev.attache.model.Entity person = AttacheJson.strict().read(P1,
        dev.attache.model.Entity.class);
    Watched ndjson = new Watched();
    try (NdjsonWriter writer = AttacheJson.strict().ndjsonWriter(ndjson)) {
      writer.write(person);
    }
    assertThat(ndjson.closed).isFalse();
    assertThat(ndjson.toString(StandardCharsets.UTF_8)).isEqualTo(P1 + "\n");
    Watched document = new Watched();
    try (DocumentWriter writer = AttacheJson.strict().documentWriter(document)) {
      writer.write(person);
    }
    assertThat(document.closed).isFalse();
    assertThat(document.toString(StandardCharsets.UTF_8)).endsWith(P1 + "]}");
  }

  @Test
  void eachLineIsOneEntity() {
    assertThat(read(P1 + "\n" + P2 + "\n")).containsExactly("1: person:p1", "2: person:p2");
  }

  @Test
  void blankLinesAndAFinalLineWithoutNewlineAreHandled() {
    assertThat(read("\n" + P1 + "\n   \n\t\n" + P2)).containsExactly("2: person:p1", "5: person:p2");
    assertThat(read("")).isEmpty();
    assertThat(read("\n\n")).isEmpty();
  }

  @Test
  void crlfLineEndsAreAccepted() {
    assertThat(read(P1 + "\r\n" + P2 + "\r\n")).containsExactly("1: person:p1", "2: person:p2");
  }

  @Test
  void aLeadingByteOrderMarkIsSkipped() {
    byte[] text = (P1 + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(read(withBom, AttacheJson.strict())).containsExactly("1: person:p1");
  }

  @Test
  void aHeaderMayLeadTheStreamAndNowhereElse() {
    String header = "{\"format\":\"attache/1\"}";
    assertThat(read(header + "\n" + P1 + "\n")).containsExactly("2: person:p1");
    assertThat(read("\n" + header + "\n" + P1)).containsExactly("3: person:p1");
    assertThat(read(P1 + "\n" + header + "\n")).containsExactly("1: person:p1",
        "2:  json.format @2");
    assertThat(read("{\"format\":\"attache/9\"}\n" + P1))
        .containsExactly("1: /format json.format @1", "2: person:p1");
    assertThat(read("{\"format\":\"attache/1\",\"x\":1}\n"))
        .containsExactly("1: /x json.property.unknown @1");
  }

  @Test
  void aBadLineIsReportedWithItsNumberAndTheNextLinesAreStillRead() {
    String text = P1 + "\n{\"type\":\"person\",\"id\":\"person:X\"}\n{not json\n" + P2 + "\n";
    assertThat(read(text)).containsExactly("1: person:p1",
        "2: /id id.malformed @2", "2: /names json.property.missing @2",
        "3:  json.syntax @3", "4: person:p2");
  }

  @Test
  void twoValuesOnOneLineAreRefused() {
    assertThat(read(P1 + P2 + "\n")).containsExactly("1:  json.trailing @1");
    assertThat(read("{}{}\n" + P2)).containsExactly("1: /type json.entity.type @1", "2: person:p2");
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedWithoutBeingKept() {
    AttacheJson small = AttacheJson.strict().withLimits(JsonLimits.defaults().withMaxLineLength(200));
    String longLine = "{\"type\":\"person\",\"id\":\"person:long\",\"names\":{\"byLanguage\":{\"en\":\""
        + "x".repeat(10_000) + "\"}}}";
    assertThat(read((P1 + "\n" + longLine + "\n" + P2).getBytes(StandardCharsets.UTF_8), small))
        .containsExactly("1: person:p1", "2:  json.line.length @2", "3: person:p2");
  }

  @Test
  void aFiftyMegabyteLineIsSkippedInBoundedMemory() {
    long size = 50L << 20;
    InputStream huge = new InputStream() {
      long emitted;
      final byte[] tail = ("\n" + P2 + "\n").getBytes(StandardCharsets.UTF_8);

      @Override
      public int read() {
        if (emitted < size) {
          emitted++;
          return 'x';
        }
        int index = (int) (emitted++ - size);
        return index < tail.length ? tail[index] : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        if (emitted < size) {
          int n = (int) Math.min(len, size - emitted);
          java.util.Arrays.fill(b, off, off + n, (byte) 'x');
          emitted += n;
          return n;
        }
        return super.read(b, off, len);
      }
    };
    try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(huge)) {
      List<NdjsonLine> lines = reader.stream().toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0).problems()).extracting(p -> p.getCode())
          .containsExactly("json.line.length");
      assertThat(lines.get(1).entity()).isPresent();
      assertThat(reader.entityCount()).isEqualTo(1);
      assertThat(reader.invalidLineCount()).isEqualTo(1);
    }
  }

  @Test
  void invalidUtf8IsASyntaxProblemOfItsLine() {
    byte[] bad = (P1 + "\n{\"type\":\"person\",\"id\":\"person:q\",\"names\":{\"byLanguage\":{\"en\":\"")
        .getBytes(StandardCharsets.UTF_8);
    byte[] rest = ("\"}}}\n" + P2 + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bad.length + 2 + rest.length];
    System.arraycopy(bad, 0, all, 0, bad.length);
    all[bad.length] = (byte) 0xC3;
    all[bad.length + 1] = (byte) 0x28;
    System.arraycopy(rest, 0, all, bad.length + 2, rest.length);
    assertThat(read(all, AttacheJson.strict())).containsExactly("1: person:p1",
        "2: /names/byLanguage/en json.syntax @2", "3: person:p2");
  }

  @Test
  void aFirstLineWithATypeIsAnEntityEvenWhenItsFirstPropertyIsFormat() {
    String entity = "{\"format\":\"attache/1\"," + P1.substring(1);
    // strict: reported, never taken for a header and dropped
    assertThat(read(entity + "\n" + P2)).containsExactly("1: /format json.property.unknown @1",
        "2: person:p2");
    // lenient: the entity, with its unknown property kept
    try (NdjsonReader reader = AttacheJson.lenient().ndjsonReader(
        new ByteArrayInputStream((entity + "\n").getBytes(StandardCharsets.UTF_8)))) {
      NdjsonLine line = reader.next();
      assertThat(line.entity()).get().satisfies(e -> {
        assertThat(e.entity().getId().toString()).isEqualTo("person:p1");
        assertThat(e.unknown()).containsOnlyKeys("/format");
      });
      assertThat(reader.hasHeader()).isFalse();
    }
    // the type first (the canonical form), the format after it: an entity all the same
    String typeFirst = P1.substring(0, P1.length() - 1) + ",\"format\":\"attache/1\"}";
    assertThat(typeFirst).startsWith("{\"type\":");
    assertThat(read(typeFirst + "\n" + P2)).containsExactly("1: /format json.property.unknown @1",
        "2: person:p2");
    // a header is recognised whatever the order of its properties
    assertThat(read("{\"x\":1,\"format\":\"attache/1\"}\n" + P1))
        .containsExactly("1: /x json.property.unknown @1", "2: person:p1");
  }

  @Test
  void aHeadersUnknownPropertiesAreKeptInLenientModeAndWrittenBack() {
    String header = "{\"format\":\"attache/1\",\"producer\":{\"name\":\"x\",\"v\":[1,2.50]}}";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonReader reader = AttacheJson.lenient().ndjsonReader(new ByteArrayInputStream(
            (header + "\n" + P1 + "\n").getBytes(StandardCharsets.UTF_8)));
        NdjsonWriter writer = peek(reader, out)) {
      reader.forEachRemaining(line -> writer.write(line.entity().get()));
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(header + "\n" + P1 + "\n");
  }

  private static NdjsonWriter peek(NdjsonReader reader, ByteArrayOutputStream out) {
    assertThat(reader.hasNext()).isTrue(); // reads the header line
    assertThat(reader.hasHeader()).isTrue();
    return AttacheJson.lenient().ndjsonWriterWithHeader(out, reader.headerUnknown());
  }

  @Test
  void aWholeDocumentOnALineIsAProblemEvenInLenientMode() {
    String document = "{\"format\":\"attache/1\",\"entities\":[" + P1 + "]}";
    assertThat(read((document + "\n" + P2).getBytes(StandardCharsets.UTF_8),
        AttacheJson.lenient())).containsExactly("1: /entities json.format @1", "2: person:p2");
  }

  @Test
  void writersRefuseContainerPropertiesThatWouldBeReadBackAsSomethingElse() {
    for (String name : List.of("format", "entities", "type")) {
      java.util.Map<String, tools.jackson.databind.JsonNode> properties = java.util.Map.of(name,
          tools.jackson.databind.node.JsonNodeFactory.instance.stringNode("x"));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> AttacheJson.lenient()
          .ndjsonWriterWithHeader(new ByteArrayOutputStream(), properties))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> AttacheJson.lenient()
          .documentWriter(new ByteArrayOutputStream(), properties))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
    }
  }
}
