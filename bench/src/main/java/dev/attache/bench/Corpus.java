package dev.attache.bench;

import dev.attache.bench.records.Records;
import dev.attache.model.Entity;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.json.AttacheJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data every benchmark reads: 10,000 generated entities (seed 42, the default mix of kinds),
 * as entities, as NDJSON lines in memory, and as the records baseline. Benchmarks rotate through
 * them rather than decoding one constant.
 */
final class Corpus {
  static final int SIZE = 10_000;

  final List<Entity> entities;
  final byte[][] lines;
  final Records.EntityRecord[] records;
  final double averageBytes;

  /** The records baseline's mapper: Jackson as a user would configure it, with defaults. */
  static final JsonMapper RECORDS = JsonMapper.builder().build();

  Corpus(double invalidRate) {
    DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(42).count(SIZE)
        .invalidRate(invalidRate).build());
    entities = generator.stream().toList();
    AttacheJson json = AttacheJson.strict();
    lines = new byte[SIZE][];
    records = new Records.EntityRecord[SIZE];
    long bytes = 0;
    for (int i = 0; i < SIZE; i++) {
      lines[i] = json.write(entities.get(i)).getBytes(StandardCharsets.UTF_8);
      records[i] = RECORDS.readValue(lines[i], Records.EntityRecord.class);
      bytes += lines[i].length;
    }
    averageBytes = (double) bytes / SIZE;
  }

  static Corpus valid() {
    return new Corpus(0);
  }
}
