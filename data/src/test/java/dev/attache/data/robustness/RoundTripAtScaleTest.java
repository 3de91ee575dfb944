package dev.attache.data.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Entity;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import dev.attache.json.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round trips at scale with the project's own generator: encode → decode equals, encode → decode
 * → encode is byte-identical. 100,000 entities per seed in every build; for a million, run
 * {@code mvn -pl data test -Dtest=RoundTripAtScaleTest -Dattache.roundtrip.count=1000000}.
 */
@Tag("slow")
class RoundTripAtScaleTest {
  private static final long COUNT = Long.getLong("attache.roundtrip.count", 100_000);

  @ParameterizedTest
  @ValueSource(longs = {2, 3, 4})
  void generatedEntitiesRoundTripEqualAndByteIdentical(long seed) {
    DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(seed).count(COUNT)
        .build());
    AttacheJson json = AttacheJson.strict();
    long checked = 0;
    // in chunks, so a million entities need no more memory than a hundred thousand
    long chunk = 50_000;
    for (long from = 0; from < COUNT; from += chunk) {
      long to = Math.min(COUNT, from + chunk);
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      try (NdjsonWriter writer = json.ndjsonWriter(first)) {
        generator.stream(from, to).forEach(writer::write);
      }
      ByteArrayOutputStream second = new ByteArrayOutputStream();
      Iterator<Entity> expected = generator.stream(from, to).iterator();
      try (NdjsonReader reader = json.ndjsonReader(new ByteArrayInputStream(first.toByteArray()));
          NdjsonWriter writer = json.ndjsonWriter(second)) {
        while (reader.hasNext()) {
          NdjsonLine line = reader.next();
          assertThat(line.problems()).isEmpty();
          Entity decoded = line.entity().orElseThrow().entity();
          assertThat(decoded).isEqualTo(expected.next());
          writer.write(decoded);
          checked++;
        }
      }
      assertThat(expected.hasNext()).isFalse();
      assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }
    assertThat(checked).isEqualTo(COUNT);
  }
}
