package dev.attache.bench;

import dev.attache.bench.records.Records;
import dev.attache.model.Entity;
import dev.attache.json.AttacheJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The decode ladder, one entity per operation, over the same NDJSON lines: (a) a raw token scan,
 * the ceiling; (b) attache; (c) Jackson databind into plain records, what a user would write
 * instead; (d) attache with validation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class DecodeBenchmark {
  private Corpus corpus;
  private int next;
  private final JsonFactory factory = new JsonFactory();
  private final AttacheJson decode = AttacheJson.strict().withoutValidation();
  private final AttacheJson decodeAndValidate = AttacheJson.strict();

  @Setup(Level.Trial)
  public void setUp() {
    corpus = Corpus.valid();
  }

  private byte[] line() {
    byte[] line = corpus.lines[next];
    next = next + 1 == Corpus.SIZE ? 0 : next + 1;
    return line;
  }

  @Benchmark
  public int rawScan() {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(line())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  @Benchmark
  public Entity attache() {
    return decode.read(line(), Entity.class);
  }

  @Benchmark
  public Records.EntityRecord records() {
    return Corpus.RECORDS.readValue(line(), Records.EntityRecord.class);
  }

  @Benchmark
  public Entity attacheValidated() {
    return decodeAndValidate.read(line(), Entity.class);
  }

}
