package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.model.Entity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader with several threads hands on exactly what a reader with one does: the same lines,
 * numbers, entities and problems, in the same order, whatever the stream holds.
 */
class ParallelNdjsonTest {

  /** Thousands of lines of every sort: good entities, bad ones, broken JSON, blanks, misplaced
   * headers, a line too long, two values on one line. */
  private static byte[] stream(boolean header) {
    AttacheJson json = AttacheJson.strict();
    List<String> good = new ArrayList<>();
    for (Entity entity : Samples.all()) {
      good.add(json.write(entity));
    }
    StringBuilder text = new StringBuilder();
    if (header) {
      text.append("\n  \n{\"format\":\"attache/1\"}\n");
    }
    for (int i = 0; i < 6_000; i++) {
      switch (i % 97) {
        case 3 -> text.append("{\"type\":\"person\",\"id\":\"person:x\"}\n"); // names missing
        case 11 -> text.append("{broken\n");
        case 19 -> text.append("\n");
        case 29 -> text.append("{\"format\":\"attache/1\"}\n"); // a header out of place
        case 41 -> text.append("{}{}\n");
        case 53 -> text.append("{\"type\":\"person\",\"id\":\"person:y\",\"names\":{\"byLanguage\":"
            + "{\"en\":\"").append("a".repeat(1_100_000)).append("\"}}}\n");
        case 67 -> text.append(good.get(i % good.size()).replace("\"id\":\"", "\"idd\":\""))
            .append('\n');
        default -> text.append(good.get(i % good.size())).append('\n');
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private record Read(List<NdjsonLine> lines, boolean header, long entities, long invalid) {}

  private static Read read(byte[] bytes, int threads) {
    List<NdjsonLine> lines = new ArrayList<>();
    try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(
        new ByteArrayInputStream(bytes), threads)) {
      reader.forEachRemaining(lines::add);
      return new Read(lines, reader.hasHeader(), reader.entityCount(),
          reader.invalidLineCount());
    }
  }

  @Test
  void severalThreadsHandOnWhatOneDoes() {
    for (boolean header : new boolean[] {true, false}) {
      byte[] bytes = stream(header);
      Read one = read(bytes, 1);
      assertThat(one.lines()).hasSizeGreaterThan(5_000);
      assertThat(one.invalid()).isGreaterThan(300);
      for (int threads : new int[] {2, 3, 8}) {
        Read many = read(bytes, threads);
        assertThat(many.lines()).as("%d threads", threads).isEqualTo(one.lines());
        assertThat(many.header()).isEqualTo(header).isEqualTo(one.header());
        assertThat(many.entities()).isEqualTo(one.entities());
        assertThat(many.invalid()).isEqualTo(one.invalid());
      }
    }
  }

  @Test
  void aReaderClosedEarlyStopsItsWorkersAndAFewLinesNeedNoBatchOfTheirOwn() throws Exception {
    byte[] bytes = stream(false);
    try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(
        new ByteArrayInputStream(bytes), 2)) {
      assertThat(reader.next().number()).isEqualTo(1);
      assertThat(reader.next().number()).isEqualTo(2);
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().startsWith("attache-ndjson-"))
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
        t -> t.getName().startsWith("attache-ndjson-"));
    assertThat(read("{}\n".getBytes(StandardCharsets.UTF_8), 4).lines()).hasSize(1);
    assertThat(read(new byte[0], 4).lines()).isEmpty();
    assertThatThrownBy(() -> AttacheJson.strict().ndjsonReader(
        new ByteArrayInputStream(bytes), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
