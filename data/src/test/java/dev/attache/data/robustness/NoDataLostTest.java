package dev.attache.data.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Entity;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad lines among good ones cost only themselves: every good entity comes through. */
class NoDataLostTest {

  @Test
  void everyGoodEntityAndOneReportPerBadLine() {
    DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(8).count(5_000).build());
    List<Entity> good = generator.stream().toList();
    String[] bad = {"{\"type\":\"ghost\"}", "not json at all", "{\"type\":\"person\"}{}",
        "{\"type\":\"person\",\"id\":\"person:x\",\"names\":{\"byLanguage\":{\"en\":\"\\uD800\"}}}",
        "[1,2,3]", "{\"type\":\"person\",\"id\":\"person:x\",\"names\":{\"byLanguage\":{\"en\":7}},"
            + "\"x\":1,\"y\":2}"};
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    List<Long> badLines = new ArrayList<>();
    long number = 0;
    for (int i = 0; i < good.size(); i++) {
      if (i % 500 == 250) {
        text.writeBytes((bad[(i / 500) % bad.length] + "\n").getBytes(StandardCharsets.UTF_8));
        badLines.add(++number);
      }
      text.writeBytes((AttacheJson.strict().write(good.get(i)) + "\n").getBytes(StandardCharsets.UTF_8));
      number++;
    }
    List<Entity> read = new ArrayList<>();
    List<Long> reported = new ArrayList<>();
    try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(
        new ByteArrayInputStream(text.toByteArray()))) {
      while (reader.hasNext()) {
        NdjsonLine line = reader.next();
        if (line.entity().isPresent()) {
          read.add(line.entity().get().entity());
        } else {
          reported.add(line.number());
          assertThat(line.problems()).isNotEmpty()
              .allSatisfy(p -> assertThat(p.getLine()).hasValue(line.number()));
        }
      }
    }
    assertThat(read).isEqualTo(good);
    assertThat(reported).isEqualTo(badLines);
  }
}
