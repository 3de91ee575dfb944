package dev.attache.postgres;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.postgresql.copy.CopyManager;

/**
 * The rows of the tables of facts of an import into an empty store ({@link BulkImport}), each
 * table's rows in {@code COPY} text format in a temporary file while the entities stream to the
 * server, then copied into their tables: a connection runs one {@code COPY} at a time, and files
 * keep memory flat whatever the stream's length. The files are readable by their owner only and
 * deleted on {@link #close()}.
 */
final class FactFiles implements Closeable {
  /** One table of facts: its name and the columns its rows give. */
  private record Table(String name, String columns) {}

  /**
   * A temporary table of the countries of each entity of a carrying kind, by id: what the
   * involved countries of those referring to it are worked out from, in one join
   * ({@link #CARRIED}) that reads no document.
   */
  static final String CARRIER_TABLE = "create temporary table attache_carrier (seq bigint,"
      + " id text collate \"C\", kind text collate \"C\", country text collate \"C\")"
      + " on commit drop";

  /** The countries each entity gets from the carriers it refers to (as Staging.CARRIED). */
  static final String CARRIED = "select r.seq, c.country from attache.reference r"
      + " join attache_carrier c on c.id = r.target and c.kind = r.expected_kind";

  private static final List<Table> TABLES = List.of(
      new Table("attache.reference", "seq, ordinal, pointer, target, expected_kind"),
      new Table("attache.entity_country", "seq, country"),
      new Table("attache.posting", "seq, host, status, service, arrival, days_on, days_there"),
      new Table("attache.agreement_party", "seq, party, days_in_force"),
      new Table("attache.membership",
          "seq, organization, single_holder, post_key, period, days_possible, days_certain"),
      new Table("attache.membership_role", "seq, role_key"),
      new Table("attache.commission", "seq, starts_from, ends_by, period"),
      new Table("attache.commission_session", "seq, commission, earliest, latest, date"),
      new Table("attache.organization_parent", "seq, parent"),
      new Table("attache.name", "seq, spelling, letters, key"),
      new Table("attache.name_word", "seq, word"),
      new Table("attache_carrier", "seq, id, kind, country"));

  private static final int REFERENCE = 0;
  private static final int COUNTRY = 1;
  private static final int POSTING = 2;
  private static final int PARTY = 3;
  private static final int MEMBERSHIP = 4;
  private static final int ROLE = 5;
  private static final int COMMISSION = 6;
  private static final int SESSION = 7;
  private static final int PARENT = 8;
  private static final int NAME = 9;
  private static final int WORD = 10;
  private static final int CARRIER = 11;

  private final Path directory;
  private final Path[] files = new Path[TABLES.size()];
  private final OutputStream[] outs = new OutputStream[TABLES.size()];

  /** Makes the temporary files. */
  FactFiles() {
    try {
      directory = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
          ? Files.createTempDirectory("attache-import",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
          : Files.createTempDirectory("attache-import");
      for (int i = 0; i < TABLES.size(); i++) {
        files[i] = directory.resolve(TABLES.get(i).name() + ".copy");
        outs[i] = new BufferedOutputStream(Files.newOutputStream(files[i]), 1 << 16);
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("Could not make the temporary files of an import", e);
    }
  }

  /**
   * The rows of the facts of some entities, table by table, made apart from the files (on any
   * thread) and appended to them in order by {@link #write(Rows)}. Not thread-safe.
   */
  static final class Rows {
    private final ByteArrayOutputStream[] tables = new ByteArrayOutputStream[TABLES.size()];

    /** Adds the rows of one entity's facts, using {@code row} to make each. */
    void add(long seq, Facts f, CopyText row) throws IOException {
      for (int i = 0; i < f.targets.size(); i++) {
        String expected = f.expected.get(i);
        emit(REFERENCE, row.clear().number(seq).number(i + 1L).text(f.pointers.get(i))
            .text(f.targets.get(i)).text(expected.isEmpty() ? null : expected));
      }
      for (String country : f.countries) {
        emit(COUNTRY, row.clear().number(seq).text(country));
        if (f.carries) {
          emit(CARRIER, row.clear().number(seq).text(f.id).text(f.kind).text(country));
        }
      }
      if (f.postingHost != null) {
        emit(POSTING, row.clear().number(seq).text(f.postingHost).text(f.postingStatus)
            .text(f.postingService).text(f.postingArrival).range(f.daysOn).range(f.daysThere));
      }
      for (String party : f.parties) {
        emit(PARTY, row.clear().number(seq).text(party).range(f.daysInForce));
      }
      if (f.organization != null) {
        emit(MEMBERSHIP, row.clear().number(seq).text(f.organization).bool(f.singleHolder)
            .text(f.postKey).text(f.period).range(f.daysPossible).range(f.daysCertain));
        for (String key : f.roleKeys) {
          emit(ROLE, row.clear().number(seq).text(key));
        }
      }
      if (f.commissionPeriod != null) {
        emit(COMMISSION, row.clear().number(seq).date(f.commissionStartsFrom)
            .date(f.commissionEndsBy).text(f.commissionPeriod));
      }
      if (f.sessionCommission != null) {
        emit(SESSION, row.clear().number(seq).text(f.sessionCommission).date(f.sessionEarliest)
            .date(f.sessionLatest).text(f.sessionDate));
      }
      if (f.parent != null) {
        emit(PARENT, row.clear().number(seq).text(f.parent));
      }
      for (int i = 0; i < f.names.size(); i++) {
        emit(NAME, row.clear().number(seq).text(f.names.get(i)).text(f.letters.get(i))
            .text(f.keys.get(i)));
      }
      for (String word : f.words) {
        emit(WORD, row.clear().number(seq).text(word));
      }
    }

    private void emit(int table, CopyText filled) throws IOException {
      if (tables[table] == null) {
        tables[table] = new ByteArrayOutputStream(4096);
      }
      filled.writeTo(tables[table]);
    }
  }

  /** Appends the rows to the files, table by table. */
  void write(Rows rows) throws IOException {
    for (int i = 0; i < outs.length; i++) {
      if (rows.tables[i] != null) {
        rows.tables[i].writeTo(outs[i]);
      }
    }
  }

  /**
   * Copies each table's rows into it, through the connection's copy manager; the carriers' table
   * must have been made ({@link #CARRIER_TABLE}).
   */
  void copyInto(CopyManager copy) throws SQLException, IOException {
    for (int i = 0; i < TABLES.size(); i++) {
      outs[i].close();
      Table table = TABLES.get(i);
      try (InputStream in = Files.newInputStream(files[i])) {
        copy.copyIn("copy " + table.name() + " (" + table.columns()
            + ") from stdin", in, 1 << 16);
      }
    }
  }

  /**
   * Fills {@code involvement} from the facts copied ({@link #copyInto}): each entity's own
   * countries and those it gets from the carriers it refers to, each once. The rows go out to a
   * file and back in by {@code COPY}, which writes a table in batches, several times faster than
   * an {@code insert … select} of the same rows.
   */
  void involve(CopyManager copy) throws SQLException, IOException {
    Path file = directory.resolve("involvement.copy");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      // the union is hashed in memory: the caller gives this query a larger work_mem
      copy.copyOut("copy (select seq, country from attache.entity_country union " + CARRIED
          + ") to stdout", out);
    }
    try (InputStream in = Files.newInputStream(file)) {
      copy.copyIn("copy attache.involvement (seq, country) from stdin", in, 1 << 16);
    }
  }

  /** Deletes the files. */
  @Override
  public void close() {
    for (OutputStream out : outs) {
      if (out != null) {
        try {
          out.close();
        } catch (IOException e) {
          // being deleted: nothing left to save
        }
      }
    }
    if (directory != null) {
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        // a temporary directory: the system's cleaning takes what is left
      }
    }
  }
}
