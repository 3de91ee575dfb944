package dev.attache.bench;

import dev.attache.model.EntityKind;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import java.util.concurrent.TimeUnit;
import org.instancio.Instancio;
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

/**
 * Making one entity: the generator (valid, plausible, deterministic) beside Instancio populating
 * the same types by reflection (random values; most of them break the model's rules), rotating
 * through every kind.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class GenerationBenchmark {
  private DatasetGenerator generator;
  private Class<?>[] implementations;
  private long next;
  private int kind;

  @Setup(Level.Trial)
  public void setUp() throws ClassNotFoundException {
    generator = DatasetGenerator.of(GeneratorConfig.builder(42).count(Long.MAX_VALUE / 2).build());
    EntityKind[] kinds = EntityKind.values();
    implementations = new Class<?>[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      Class<?> type = kinds[i].getType();
      // Immutables' implementation of each abstract type: what Instancio can instantiate
      implementations[i] = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    }
  }

  @Benchmark
  public Object generator() {
    return generator.entity(next++);
  }

  @Benchmark
  public Object instancio() {
    Object made = Instancio.create(implementations[kind]);
    kind = kind + 1 == implementations.length ? 0 : kind + 1;
    return made;
  }
}
