package dev.attache.bench;

import dev.attache.bench.records.Records;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonWriter;
import java.io.OutputStream;
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
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/** Encoding one entity to bytes: attache beside the records baseline. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class EncodeBenchmark {
  private Corpus corpus;
  private int next;
  private final JsonMapper attache = AttacheJson.strict().mapper();

  /** Streams of NDJSON, as a user writes many entities: one writer, one line each. */
  private NdjsonWriter attacheStream;
  private SequenceWriter recordsStream;

  @Setup(Level.Trial)
  public void setUp() {
    corpus = Corpus.valid();
    attacheStream = AttacheJson.strict().ndjsonWriter(OutputStream.nullOutputStream());
    recordsStream = Corpus.RECORDS.writerFor(Records.EntityRecord.class)
        .withRootValueSeparator("\n").writeValues(OutputStream.nullOutputStream());
  }

  @Benchmark
  public NdjsonWriter attacheNdjson() {
    return attacheStream.write(corpus.entities.get(index()));
  }

  @Benchmark
  public SequenceWriter recordsNdjson() {
    return recordsStream.write(corpus.records[index()]);
  }

  private int index() {
    int index = next;
    next = next + 1 == Corpus.SIZE ? 0 : next + 1;
    return index;
  }

  @Benchmark
  public byte[] attache() {
    return attache.writeValueAsBytes(corpus.entities.get(index()));
  }

  @Benchmark
  public byte[] records() {
    return Corpus.RECORDS.writeValueAsBytes(corpus.records[index()]);
  }
}
