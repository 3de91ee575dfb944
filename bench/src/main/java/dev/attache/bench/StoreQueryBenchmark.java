package dev.attache.bench;

import dev.attache.common.CountryCode;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.dataset.Dataset;
import dev.attache.dataset.TimelineEntry;
import dev.attache.model.Agreement;
import dev.attache.model.AttachePosting;
import dev.attache.model.AttacheService;
import dev.attache.model.Membership;
import dev.attache.postgres.EntityStore;
import dev.attache.postgres.ImportResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The as-of questions at {@code count} entities, in PostgreSQL beside a {@link Dataset} in
 * memory, on the same entities and the same rotation of questions: postings in a country on a
 * day, agreements between two parties in force on a day, holders of a post on a day, the timeline
 * of a posting's host and sending countries. Average time
 * per question; the store's includes a pooled connection's round trip and reading the answers'
 * JSON.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseG1GC"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreQueryBenchmark {
  @Param("1000000")
  public int count;

  private EmbeddedPostgres server;
  private EntityStore store;
  private Dataset dataset;
  private List<AttachePosting> postings;
  private List<Agreement> agreements;
  private List<Membership> memberships;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    DatasetGenerator generator = DatasetGenerator.of(
        GeneratorConfig.builder(42).count(count).build());
    Path ndjson = Files.createTempFile("attache-store-query", ".ndjson");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ndjson), 1 << 16)) {
      generator.writeNdjson(out, 0, count);
    }
    server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
        .start();
    store = EntityStore.connect(Pool.of(server));
    ImportResult result = store.importNdjson(ndjson);
    Files.delete(ndjson);
    if (result.written() != count) {
      throw new IllegalStateException("Not every entity was written: " + result);
    }
    dataset = generator.dataset();
    postings = dataset.postings();
    agreements = dataset.agreements();
    memberships = dataset.memberships();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    server.close();
  }

  /**
   * A day scattered over 2015–2025 by a multiplicative hash of the question's number. Days that
   * stepped by 37 from one question to the next came in runs inside and outside the years with
   * postings, so one 2-second iteration asked a dozen questions with thousands of postings in
   * each answer and the next a hundred with hundreds: the latency alternated tenfold between
   * iterations, a property of the rotation, not of the store.
   */
  private LocalDate day() {
    return LocalDate.of(2015, 1, 1).plusDays(Math.floorMod(next * 0x9E3779B1L, 4000L));
  }

  private AttachePosting posting() {
    return postings.get(next++ % postings.size());
  }

  private Agreement agreement() {
    return agreements.get(next++ % agreements.size());
  }

  private Membership membership() {
    return memberships.get(next++ % memberships.size());
  }

  @Benchmark
  public List<AttachePosting> postingsStore() {
    CountryCode host = posting().getHostCountry();
    return store.postings(host, day());
  }

  @Benchmark
  public List<AttachePosting> postingsDataset() {
    CountryCode host = posting().getHostCountry();
    return dataset.postings(host, day());
  }

  @Benchmark
  public List<Agreement> agreementsStore() {
    Agreement agreement = agreement();
    return store.agreementsInForce(agreement.getParties().get(0), agreement.getParties().get(1),
        day());
  }

  @Benchmark
  public List<Agreement> agreementsDataset() {
    Agreement agreement = agreement();
    return dataset.agreementsInForce(agreement.getParties().get(0),
        agreement.getParties().get(1), day());
  }

  /** The host and the sending country of a posting (through its service), as a pair. */
  private CountryCode[] countries() {
    AttachePosting posting = posting();
    CountryCode sending = dataset.get(posting.getService())
        .map(AttacheService::getSendingCountry).orElse(posting.getHostCountry());
    return new CountryCode[] {posting.getHostCountry(), sending};
  }

  @Benchmark
  public List<TimelineEntry> timelineStore() {
    CountryCode[] pair = countries();
    return store.timeline(pair[0], pair[1]);
  }

  @Benchmark
  public List<TimelineEntry> timelineDataset() {
    CountryCode[] pair = countries();
    return dataset.timeline(pair[0], pair[1]);
  }

  @Benchmark
  public List<Membership> holdersStore() {
    Membership membership = membership();
    return store.holders(membership.getOrganization(), membership.getRole().getPrimary(), day());
  }

  @Benchmark
  public List<Membership> holdersDataset() {
    Membership membership = membership();
    return dataset.holders(membership.getOrganization(), membership.getRole().getPrimary(),
        day());
  }
}
