package dev.attache.postgres;

import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import dev.attache.model.Entity;
import dev.attache.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * An NDJSON stream into the store in one transaction, each line read and validated as it comes,
 * in memory that does not grow with the stream. Two ways, with the same result:
 *
 * <ul>
 *   <li>Into a store that has never held an entity (the first load, the common bulk case): the
 *       entities go straight into their table by {@code COPY}, each given its {@code seq} here,
 *       while the rows of the tables of facts go to temporary files ({@link FactFiles}) that are
 *       copied after them; the indexes and constraints are built once at the end. Nothing is
 *       upserted, joined or staged: the server parses each document once.
 *   <li>Into a store that holds entities: the rows go into the staging table and are moved into
 *       the store by the set-based statements every write uses ({@link Staging}), as new entities
 *       or new versions.
 * </ul>
 */
final class BulkImport {
  private static final AttacheJson READER = AttacheJson.strict();

  private final List<Problem> problems = new ArrayList<>();
  private long problemCount;
  private long read;
  private long skipped;
  /** The tables of facts the load analyzed already (what the join of involvement reads). */
  private List<String> analyzed = List.of();

  /**
   * The threads that decode and validate lines while this one writes rows: every core, as the
   * server works on what is sent while the next lines are read.
   */
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  private BulkImport() {}

  static ImportResult run(Connection connection, InputStream in) throws SQLException {
    BulkImport load = new BulkImport();
    long[] written = FirstLoad.applies(connection) ? load.first(connection, in)
        : load.staged(connection, in);
    Staging.analyze(connection, load.analyzed);
    load.problems.sort(Comparator.comparingLong((Problem p) -> p.getLine().orElse(0))
        .thenComparing(p -> p));
    return new ImportResult(load.read, written[0], written[1], load.skipped, load.problems,
        load.problemCount);
  }

  /** Reads the lines, handing each valid entity on with its line number, reporting the others. */
  private interface Sink {
    void accept(long line, Entity entity) throws IOException;
  }

  private void readLines(InputStream in, Sink sink) throws IOException {
    try (NdjsonReader reader = READER.ndjsonReader(in, THREADS)) {
      while (reader.hasNext()) {
        NdjsonLine line = reader.next();
        read++;
        if (line.entity().isPresent() && line.problems().isEmpty()) {
          sink.accept(line.number(), line.entity().get().entity());
        } else {
          skipped++;
          line.problems().forEach(this::add);
        }
      }
    }
  }

  /** Streams to the server through {@code COPY}, with a buffer of 64 KiB. */
  private static OutputStream copyIn(Connection connection, String sql) throws SQLException {
    return new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
  }

  // ------------------------------------------------------------------ into an empty store

  /** The way into a store that has never held an entity. */
  private static final class FirstLoad {
    private static final String EMPTY = "select not exists (select 1 from attache.entity)"
        + " and not exists (select 1 from attache.entity_version)";

    /**
     * True if the store has never held an entity (none now, no history): the tables are then
     * locked against writers until the import commits (readers still read the empty store), and
     * checked again under the lock.
     */
    static boolean applies(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        if (!empty(statement)) {
          return false;
        }
        statement.execute("lock table attache.entity, attache.entity_version in exclusive mode");
        return empty(statement);
      }
    }

    private static boolean empty(Statement statement) throws SQLException {
      try (ResultSet rows = statement.executeQuery(EMPTY)) {
        rows.next();
        return rows.getBoolean(1);
      }
    }
  }

  private static final String ENTITY_COPY = "copy attache.entity (seq, id, kind, kind_order,"
      + " slug, version, changed_at, timeline_key, doc) from stdin";

  private long[] first(Connection connection, InputStream in) throws SQLException {
    String now;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select now()::text")) {
      rows.next();
      now = rows.getString(1); // the transaction's time, as every write of it has
    }
    BulkIndexes indexes = BulkIndexes.setAside(connection, true);
    LineNumbers lines = new LineNumbers();
    try (FactFiles facts = new FactFiles()) {
      try (OutputStream copy = copyIn(connection, ENTITY_COPY);
          FirstLoadRows rows = new FirstLoadRows(copy, facts, now, THREADS)) {
        readLines(in, (line, entity) -> lines.add(rows.add(entity), line));
        rows.finish();
      }
      long[] repeated = repeatedIds(connection, lines);
      long written;
      try (Statement statement = connection.createStatement()) {
        statement.execute(FactFiles.CARRIER_TABLE);
        facts.copyInto(connection.unwrap(PGConnection.class).getCopyAPI());
        if (repeated.length > 0) {
          dropRepeated(connection, repeated);
        }
        // statistics first, or the planner, seeing tables it knows nothing of, sorts millions of
        // references to merge-join them with the carriers instead of hashing the carriers
        statement.execute("analyze attache_carrier");
        analyzed = List.of("reference", "entity_country");
        for (String table : analyzed) {
          statement.execute("analyze attache." + table);
        }
        String workMem = setting(statement, "work_mem");
        statement.execute("select set_config('work_mem', '256MB', true) where"
            + " pg_size_bytes(current_setting('work_mem')) < 256 * 1024 * 1024");
        facts.involve(connection.unwrap(PGConnection.class).getCopyAPI());
        try (PreparedStatement restore = connection.prepareStatement(
            "select set_config('work_mem', ?, true)")) {
          restore.setString(1, workMem);
          restore.execute();
        }
        indexes.rebuild(connection);
        try (ResultSet rows = statement.executeQuery("select count(*), max(seq)"
            + " from attache.entity")) {
          rows.next();
          written = rows.getLong(1);
        }
        if (written > 0) { // the next entity written comes after these
          statement.execute("select setval(pg_get_serial_sequence('attache.entity', 'seq'),"
              + " (select max(seq) from attache.entity))");
        }
      }
      return new long[] {written, 0};
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load the entities", e);
    }
  }

  private static String setting(Statement statement, String name) throws SQLException {
    try (ResultSet rows = statement.executeQuery("select current_setting('" + name + "')")) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** The line each seq came from: a list of the seqs after which the line moves on by more. */
  private static final class LineNumbers {
    private long[] seqs = new long[16];
    private long[] offsets = new long[16];
    private int size;

    void add(long seq, long line) {
      if (size == 0 || line - seq != offsets[size - 1]) {
        if (size == seqs.length) {
          seqs = Arrays.copyOf(seqs, size * 2);
          offsets = Arrays.copyOf(offsets, size * 2);
        }
        seqs[size] = seq;
        offsets[size++] = line - seq;
      }
    }

    long of(long seq) {
      int found = Arrays.binarySearch(seqs, 0, size, seq);
      int at = found >= 0 ? found : -found - 2;
      return seq + offsets[at];
    }
  }

  /** The entities whose id an earlier line has, reported as a dataset would; their seqs. */
  private long[] repeatedIds(Connection connection, LineNumbers lines) throws SQLException {
    List<Long> seqs = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select seq, id, first from (select seq, id,"
            + " min(seq) over (partition by id) as first from attache.entity) e"
            + " where seq > first order by seq")) {
      while (rows.next()) {
        seqs.add(rows.getLong(1));
        repeated(lines.of(rows.getLong(1)), rows.getString(2), lines.of(rows.getLong(3)));
      }
    }
    return seqs.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Removes the entities of repeated ids and their facts. They were never written as far as the
   * history goes: the trigger that keeps deleted versions is off while they go.
   */
  private static void dropRepeated(Connection connection, long[] seqs) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("alter table attache.entity disable trigger entity_deleted");
      for (String table : Staging.tablesOfFactsAndEntities()) {
        try (PreparedStatement delete = connection.prepareStatement(
            "delete from " + table + " where seq = any(?)")) {
          delete.setArray(1, connection.createArrayOf("bigint",
              Arrays.stream(seqs).boxed().toArray()));
          delete.executeUpdate();
        }
      }
      statement.execute("alter table attache.entity enable trigger entity_deleted");
    }
  }

  // ------------------------------------------------------------------ into a store with entities

  private long[] staged(Connection connection, InputStream in) throws SQLException {
    Staging.prepare(connection);
    try (OutputStream copy = copyIn(connection, Staging.COPY)) {
      CopyText row = new CopyText();
      StagingRow rows = new StagingRow();
      readLines(in, (line, entity) -> {
        rows.write(row, line, entity);
        row.writeTo(copy);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stream the rows to the server", e);
    }
    repeatedStagedIds(connection);
    BulkIndexes indexes = dwarfsTheStore(connection) ? BulkIndexes.setAside(connection, false)
        : null;
    long[] written = Staging.apply(connection, null);
    if (indexes != null) {
      indexes.rebuild(connection);
    }
    return written;
  }

  /** The fewest staged rows for which the facts' indexes are set aside and built again. */
  static final long BULK_ROWS = 10_000;

  /**
   * True if the stream is large and the store small beside it (under a tenth of the lines
   * staged, as a store holding only a seed such as the reference dataset): the facts' indexes are
   * then built once after the load, which costs a fraction of maintaining them row by row. The
   * price is an exclusive lock on the tables of facts until the import commits, so questions
   * asked meanwhile wait for it: a price worth paying only when the import is most of the data.
   * Counting stops at what decides.
   */
  private static boolean dwarfsTheStore(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select (select count(*) from attache_staging),"
            + " (select count(*) from (select 1 from attache.entity limit"
            + " (select count(*) / 10 + 1 from attache_staging)) stored)")) {
      rows.next();
      long staged = rows.getLong(1);
      return staged >= BULK_ROWS && rows.getLong(2) * 10 <= staged;
    }
  }

  /** A line whose id an earlier line has: reported as a dataset would, and not written. */
  private void repeatedStagedIds(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(Staging.REPEATED_IDS)) {
        while (rows.next()) {
          repeated(rows.getLong(1), rows.getString(2), rows.getLong(3));
        }
      }
      statement.executeUpdate(Staging.DROP_REPEATED_IDS);
    }
  }

  private void repeated(long line, String id, long firstLine) {
    skipped++;
    add(Problem.builder().pointer("/id").code("dataset.id.duplicate")
        .message("the id is already used by the entity of line " + firstLine)
        .value(id).line(line).column(1).build());
  }

  private void add(Problem problem) {
    problemCount++;
    if (problems.size() < ImportResult.MAX_PROBLEMS) {
      problems.add(problem);
    }
  }
}
