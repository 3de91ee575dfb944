package dev.attache.bench;

import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Validation alone, one entity per operation: all valid, or 1 % invalid. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {
  @Param({"0", "0.01"})
  public double invalidRate;

  private Corpus corpus;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    corpus = new Corpus(invalidRate);
  }

  @Benchmark
  public List<Problem> validate() {
    List<Problem> problems = AttacheValidator.standard().validate(corpus.entities.get(next));
    next = next + 1 == Corpus.SIZE ? 0 : next + 1;
    return problems;
  }
}
