package dev.attache.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.json.AttacheJson;
import dev.attache.model.Agreement;
import dev.attache.model.Ref;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportTest {
  static String line(Agreement agreement) {
    return AttacheJson.strict().write(agreement) + "\n";
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badLinesAreReportedWithTheirNumbersAndGoodLinesAreKept() {
    EntityStore store = TestDatabases.freshStore();
    String ndjson = "{\"format\":\"attache/1\"}\n"
        + line(EntityStoreTest.agreement("one"))
        + "{\"type\":\"agreement\",\"id\":\"agreement:Bad\"}\n"
        + "\n"
        + line(EntityStoreTest.agreement("two"))
        + line(EntityStoreTest.agreement("one").withNotes("again"))
        + "not json at all\n"
        + line(EntityStoreTest.agreement("three").withParties(
            dev.attache.model.Party.state("RU"), dev.attache.model.Party.state("RU")));
    ImportResult result = store.importNdjson(stream(ndjson));
    assertThat(result.read()).isEqualTo(6);
    assertThat(result.written()).isEqualTo(2);
    assertThat(result.skipped()).isEqualTo(4);
    assertThat(result.isComplete()).isFalse();
    assertThat(result.problems()).extracting(p -> p.getLine().getAsLong() + " " + p.getCode())
        .contains("3 id.malformed", "6 dataset.id.duplicate", "7 json.syntax",
            "8 agreement.parties.distinct");
    assertThat(result.problems()).extracting(p -> p.getLine().getAsLong()).isSorted();
    assertThat(store.size()).isEqualTo(2);
    // the first of two lines with one id is the one kept, as a dataset would look it up
    assertThat(store.get(Ref.of(Agreement.class, "one")).orElseThrow().getNotes()).isEmpty();
  }

  @Test
  void anImportOverStoredEntitiesWritesTheirNextVersions() {
    EntityStore store = TestDatabases.freshStore();
    store.put(EntityStoreTest.agreement("kept"));
    ImportResult result = store.importNdjson(stream(
        line(EntityStoreTest.agreement("kept").withNotes("newer"))
            + line(EntityStoreTest.agreement("fresh"))));
    assertThat(result.written()).isEqualTo(2);
    assertThat(result.updated()).isEqualTo(1);
    assertThat(store.history(Ref.of(Agreement.class, "kept"))).hasSize(2);
    assertThat(store.get(Ref.of(Agreement.class, "kept")).orElseThrow().getNotes())
        .containsExactly("newer");
  }

  @Test
  void aLargeImportIntoASeededStoreBuildsTheIndexesAfterTheLoadWithTheSameAnswers()
      throws Exception {
    EntityStore store = TestDatabases.freshStore();
    dev.attache.dataset.Dataset reference = dev.attache.data.ReferenceDataset.load();
    store.putAll(reference.entities());
    java.util.Set<String> indexes = indexes(store);
    // an update of a seeded entity in the same import: its facts are replaced, not doubled
    dev.attache.model.Agreement seeded = reference.agreements().get(0);
    java.io.ByteArrayOutputStream ndjson = new java.io.ByteArrayOutputStream();
    dev.attache.data.generate.DatasetGenerator generator = dev.attache.data.generate
        .DatasetGenerator.of(dev.attache.data.generate.GeneratorConfig.builder(5)
            .count(BulkImport.BULK_ROWS + 1_000).build());
    generator.writeNdjson(ndjson, 0, generator.count());
    ndjson.writeBytes(line(seeded.withNotes("updated by the import"))
        .getBytes(StandardCharsets.UTF_8));

    ImportResult result = store.importNdjson(new ByteArrayInputStream(ndjson.toByteArray()));
    assertThat(result.written()).isEqualTo(generator.count() + 1);
    assertThat(result.updated()).isEqualTo(1);
    assertThat(indexes(store)).isEqualTo(indexes);

    java.util.List<dev.attache.model.Entity> all = new java.util.ArrayList<>(
        reference.entities());
    all.set(all.indexOf(seeded), seeded.withNotes("updated by the import"));
    generator.stream().forEach(all::add);
    dev.attache.dataset.Dataset expected = dev.attache.dataset.Dataset.of(all);
    assertThat(store.toDataset().entities()).isEqualTo(expected.entities());
    assertThat(store.checkIntegrity()).isEqualTo(expected.checkIntegrity());
    assertThat(DifferentialTest.ask(expected, store, new java.util.Random(3), 100))
        .isGreaterThan(100);
  }

  /** The names and definitions of the store's indexes and constraints. */
  static java.util.Set<String> indexes(EntityStore store) throws Exception {
    java.util.Set<String> indexes = new java.util.TreeSet<>();
    try (java.sql.Connection connection = store.dataSource().getConnection();
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery("select indexdef from pg_indexes"
            + " where schemaname = 'attache' union all select pg_get_constraintdef(oid)"
            + " from pg_constraint where connamespace = 'attache'::regnamespace")) {
      while (rows.next()) {
        // a bulk load adds the foreign keys of the facts unchecked (FirstLoadTest checks that
        // they hold and are enforced): the same keys, as far as what they do goes
        indexes.add(rows.getString(1).replace(" NOT VALID", ""));
      }
    }
    assertThat(indexes).hasSizeGreaterThan(20);
    return indexes;
  }

  @Test
  void aStreamThatFailsHalfWayWritesNothing() {
    EntityStore store = TestDatabases.freshStore();
    byte[] good = (line(EntityStoreTest.agreement("a")) + line(EntityStoreTest.agreement("b")))
        .getBytes(StandardCharsets.UTF_8);
    InputStream failing = new InputStream() {
      private int read;

      @Override
      public int read() throws IOException {
        if (read < good.length) {
          return good[read++];
        }
        throw new IOException("the disk went away");
      }
    };
    assertThatThrownBy(() -> store.importNdjson(failing))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("the disk went away");
    assertThat(store.size()).isZero();
    // and the store is fine afterwards
    assertThat(store.importNdjson(stream(new String(good, StandardCharsets.UTF_8))).written())
        .isEqualTo(2);
  }

  @Test
  void anEmptyStreamWritesNothing() {
    EntityStore store = TestDatabases.freshStore();
    ImportResult result = store.importNdjson(stream(""));
    assertThat(result.read()).isZero();
    assertThat(result.written()).isZero();
    assertThat(result.isComplete()).isTrue();
  }

  @Test
  void textsWithEveryCharacterCopyEscapesSurviveTheRoundTrip() {
    EntityStore store = TestDatabases.freshStore();
    Agreement tricky = EntityStoreTest.agreement("tricky")
        .withNotes("back\\slash", "tab\tand\nnewline", "quote \" and {braces}, \\N", "Çözgüt ✓");
    store.importNdjson(stream(line(tricky)));
    assertThat(store.get(tricky.getId())).contains(tricky);
    store.put(tricky.withNotes("\r\n"));
    assertThat(store.get(tricky.getId()).orElseThrow().getNotes()).containsExactly("\r\n");
  }
}
