package dev.attache.bench;

import dev.attache.model.AttachePosting;
import dev.attache.model.PostingStatus;
import dev.attache.common.CountryCode;
import dev.attache.model.Entity;
import dev.attache.model.Party;
import dev.attache.dataset.Dataset;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.validation.Problem;
import java.time.LocalDate;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A dataset of 1,000,000 generated entities in a 1 GB heap: building it, checking its integrity
 * (each a single shot: they take seconds), and querying it (average time per query mix). The heap
 * is fixed at 1 GB: the benchmark fails if the dataset does not fit.
 */
@State(Scope.Benchmark)
@Threads(1)
// G1: the live set (~830 MB) does not fit the old generation a parallel collector leaves in 1 GB
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseG1GC"})
public class DatasetBenchmark {
  static final int COUNT = 1_000_000;

  private List<Entity> entities;
  private Dataset dataset;
  private int next;
  private CountryCode[] hosts;

  @Setup(Level.Trial)
  public void setUp() {
    entities = DatasetGenerator.of(GeneratorConfig.builder(42).count(COUNT).build()).stream()
        .toList();
    dataset = Dataset.of(entities);
    hosts = dataset.postings().stream().map(AttachePosting::getHostCountry).distinct()
        .toArray(CountryCode[]::new);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Dataset build() {
    return Dataset.of(entities);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public List<Problem> checkIntegrity() {
    return dataset.checkIntegrity();
  }

  /** A mix of the four everyday questions, by rotation. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 2)
  public void query(Blackhole hole) {
    CountryCode host = hosts[next % hosts.length];
    switch (next++ & 3) {
      case 0 -> hole.consume(dataset.postings(host, LocalDate.of(2025, 6, 1),
          PostingStatus.ACTIVE));
      case 1 -> hole.consume(dataset.agreementsInForce(Party.state("RU"), Party.state(host),
          LocalDate.of(2024, 1, 1)));
      case 2 -> hole.consume(dataset.timeline(CountryCode.of("TM"), host));
      default -> hole.consume(dataset.search("Khadzhimyrat Khudaygulyev"));
    }
  }
}
