package dev.attache.bench;

import dev.attache.bench.records.Records;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonWriter;
import dev.attache.model.Entity;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import tools.jackson.databind.SequenceWriter;

/**
 * The ratios of the second performance pass measured in pairs: in one JVM, after a warm-up of
 * both sides, one second of one side and then one second of the other, many times over, and the
 * median of the pairs' ratios. On shared machines JMH's forks of one benchmark differ by up to
 * twice (each fork compiles its own code, and the machine's speed drifts between forks run
 * minutes apart); a pair is measured seconds apart in one compiled program, so drift and
 * compilation luck touch both sides alike. JMH stays the measure of each side's throughput and
 * allocation; this is the measure of the ratios.
 *
 * <pre>
 * java -Xms2g -Xmx2g -XX:+UseParallelGC -cp bench/target/benchmarks.jar dev.attache.bench.Paired [pairs]
 * </pre>
 */
public final class Paired {
  private static final long SLICE_NANOS = 1_000_000_000L;
  private static final int WARM_UP_PAIRS = 8;

  private final Corpus corpus = Corpus.valid();
  private int next;
  private long sink; // keeps the results alive: nothing measured is dead code

  private Paired() {}

  /**
   * Runs every pair and prints one line for each.
   *
   * @param args the number of measured pairs (default 15)
   */
  public static void main(String[] args) {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Paired bench = new Paired();
    AttacheJson decode = AttacheJson.strict().withoutValidation();
    AttacheJson decodeAndValidate = AttacheJson.strict();
    NdjsonWriter attacheStream = AttacheJson.strict().ndjsonWriter(OutputStream.nullOutputStream());
    tools.jackson.databind.json.JsonMapper attacheMapper = AttacheJson.strict().mapper();
    SequenceWriter recordsStream = Corpus.RECORDS.writerFor(Records.EntityRecord.class)
        .withRootValueSeparator("\n").writeValues(OutputStream.nullOutputStream());
    Corpus corpus = bench.corpus;
    bench.report("decode ÷ records", pairs,
        i -> bench.keep(decode.read(corpus.lines[i], Entity.class)),
        i -> bench.keep(Corpus.RECORDS.readValue(corpus.lines[i], Records.EntityRecord.class)));
    bench.report("decode + validate ÷ decode", pairs,
        i -> bench.keep(decodeAndValidate.read(corpus.lines[i], Entity.class)),
        i -> bench.keep(decode.read(corpus.lines[i], Entity.class)));
    bench.report("encode to NDJSON ÷ records", pairs,
        i -> bench.keep(attacheStream.write(corpus.entities.get(i))),
        i -> bench.keep(recordsStream.write(corpus.records[i])));
    bench.report("encode one to bytes ÷ records", pairs,
        i -> bench.keep(attacheMapper.writeValueAsBytes(corpus.entities.get(i))),
        i -> bench.keep(Corpus.RECORDS.writeValueAsBytes(corpus.records[i])));
    System.out.println("(" + bench.sink + ")");
  }

  private void keep(Object result) {
    sink += System.identityHashCode(result) & 1;
  }

  /** Operations a second of one side, rotating through the corpus. */
  private double slice(IntConsumer operation) {
    long start = System.nanoTime();
    long end = start + SLICE_NANOS;
    long done = 0;
    while (System.nanoTime() < end) {
      for (int k = 0; k < 1_000; k++) {
        operation.accept(next);
        next = next + 1 == Corpus.SIZE ? 0 : next + 1;
      }
      done += 1_000;
    }
    return done * 1e9 / (System.nanoTime() - start);
  }

  private void report(String name, int pairs, IntConsumer measured, IntConsumer baseline) {
    for (int i = 0; i < WARM_UP_PAIRS; i++) {
      slice(measured);
      slice(baseline);
    }
    List<Double> ratios = new ArrayList<>();
    double measuredSum = 0;
    double baselineSum = 0;
    for (int i = 0; i < pairs; i++) {
      double a = slice(measured);
      double b = slice(baseline);
      ratios.add(a / b);
      measuredSum += a;
      baselineSum += b;
    }
    Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "%-30s median %.2f× (quartiles %.2f–%.2f; %,.0f and %,.0f a"
            + " second on average)%n", name, ratios.get(pairs / 2), ratios.get(pairs / 4),
        ratios.get(pairs * 3 / 4), measuredSum / pairs, baselineSum / pairs);
  }
}
