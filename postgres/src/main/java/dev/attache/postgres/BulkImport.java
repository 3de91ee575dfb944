package dev.attache.postgres;

import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import dev.attache.model.Entity;
import dev.attache.validation.Problem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * An NDJSON stream into the store in one transaction: each line read, validated and turned into
 * its staging row as it comes, the rows streamed to the server by {@code COPY}, then moved into
 * the store by the set-based statements every write uses ({@link Staging}). Memory stays flat
 * whatever the stream's length: a line, a row and the driver's copy buffer.
 */
final class BulkImport {
  private static final AttacheJson READER = AttacheJson.strict();

  private final List<Problem> problems = new ArrayList<>();
  private long problemCount;
  private long skipped;

  private BulkImport() {}

  static ImportResult run(Connection connection, InputStream in) throws SQLException {
    return new BulkImport().load(connection, in);
  }

  private ImportResult load(Connection connection, InputStream in) throws SQLException {
    Staging.prepare(connection);
    long read = 0;
    PGConnection postgres = connection.unwrap(PGConnection.class);
    try (NdjsonReader reader = READER.ndjsonReader(in);
        Writer copy = new BufferedWriter(new OutputStreamWriter(
            new PGCopyOutputStream(postgres, Staging.COPY, 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      CopyText row = new CopyText();
      StagingRow rows = new StagingRow();
      while (reader.hasNext()) {
        NdjsonLine line = reader.next();
        read++;
        if (line.entity().isPresent() && line.problems().isEmpty()) {
          Entity entity = line.entity().get().entity();
          rows.write(row, line.number(), entity, Documents.write(entity));
          copy.write(row.row());
        } else {
          skipped++;
          line.problems().forEach(this::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stream the rows to the server", e);
    }
    repeatedIds(connection);
    BulkIndexes indexes = dwarfsTheStore(connection) ? BulkIndexes.setAside(connection) : null;
    long[] written = Staging.apply(connection, null);
    if (indexes != null) {
      indexes.rebuild(connection);
    }
    Staging.analyze(connection);
    problems.sort(java.util.Comparator.comparingLong((Problem p) -> p.getLine().orElse(0))
        .thenComparing(p -> p));
    return new ImportResult(read, written[0], written[1], skipped, problems, problemCount);
  }

  /** The fewest staged rows for which the facts' indexes are set aside and built again. */
  static final long BULK_ROWS = 10_000;

  /**
   * True if the stream is large and the store small beside it (under a tenth of the lines
   * staged, an empty store or one holding only a seed such as the reference dataset): the
   * facts' indexes are then built once after the load, which costs a fraction of maintaining them
   * row by row. The price is an exclusive lock on the tables of facts until the import commits,
   * so questions asked meanwhile wait for it: a price worth paying only when the import is most
   * of the data. Counting stops at what decides.
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
  private void repeatedIds(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(Staging.REPEATED_IDS)) {
        while (rows.next()) {
          skipped++;
          long line = rows.getLong(1);
          add(Problem.builder().pointer("/id").code("dataset.id.duplicate")
              .message("the id is already used by the entity of line " + rows.getLong(3))
              .value(rows.getString(2)).line(line).column(1).build());
        }
      }
      statement.executeUpdate(Staging.DROP_REPEATED_IDS);
    }
  }

  private void add(Problem problem) {
    problemCount++;
    if (problems.size() < ImportResult.MAX_PROBLEMS) {
      problems.add(problem);
    }
  }
}
