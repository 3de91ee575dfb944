package dev.attache.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.json.AttacheJson;
import dev.attache.model.Agreement;
import dev.attache.model.Entity;
import dev.attache.model.Ref;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An import into a store that has never held an entity takes its own way (entities and facts
 * copied straight into their tables, indexes built after): it must leave exactly what writing the
 * same entities the usual way leaves, row for row in every table, with the same indexes, and a
 * store that goes on as any other.
 */
class FirstLoadTest {
  /** Valid on their own, broken as a dataset (dangling references, overlaps, cycles). */
  static List<Entity> broken() {
    return IntegrityTest.broken(DatasetGenerator.of(
        GeneratorConfig.builder(17).count(3_000).build()).stream().toList());
  }

  static byte[] ndjson(List<Entity> entities) {
    StringBuilder lines = new StringBuilder();
    for (Entity entity : entities) {
      lines.append(AttacheJson.strict().write(entity)).append('\n');
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anImportIntoAnEmptyStoreLeavesWhatWritingTheSameEntitiesLeaves() throws Exception {
    List<Entity> entities = broken();
    EntityStore imported = TestDatabases.freshStore();
    ImportResult result = imported.importNdjson(new ByteArrayInputStream(ndjson(entities)));
    assertThat(result.written()).isEqualTo(entities.size());
    assertThat(result.isComplete()).isTrue();
    EntityStore written = TestDatabases.freshStore();
    written.putAll(entities);

    Map<String, List<String>> expected = tables(written);
    assertThat(expected.get("involvement")).hasSizeGreaterThan(entities.size() / 2);
    assertThat(tables(imported)).isEqualTo(expected);
    assertThat(ImportTest.indexes(imported)).isEqualTo(ImportTest.indexes(written));
    assertThat(imported.checkIntegrity()).isNotEmpty().isEqualTo(written.checkIntegrity());
    assertThat(imported.toDataset().entities()).isEqualTo(entities);
  }

  /** The tables with a foreign key to the entities, and how many of their rows have none. */
  private static Map<String, Long> orphans(EntityStore store) throws Exception {
    Map<String, Long> orphans = new TreeMap<>();
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("select conrelid::regclass::text"
          + " from pg_constraint where contype = 'f' and confrelid = 'attache.entity'::regclass")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table + " t"
            + " where not exists (select 1 from attache.entity e where e.seq = t.seq)")) {
          rows.next();
          orphans.put(table, rows.getLong(1));
        }
      }
    }
    return orphans;
  }

  @Test
  void theFactsOfAnImportStayTiedToTheirEntities() throws Exception {
    List<Entity> entities = DatasetGenerator.of(GeneratorConfig.builder(5).count(300).build())
        .stream().toList();
    EntityStore store = TestDatabases.freshStore();
    store.importNdjson(new ByteArrayInputStream(ndjson(entities)));
    // every fact's entity is there, though the import did not have the keys check it
    Map<String, Long> orphans = orphans(store);
    assertThat(orphans).hasSize(12).allSatisfy((table, count) -> assertThat(count).isZero());
    // the keys act on what comes after: a fact without its entity is refused ...
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute("insert into attache.entity_country"
          + " (seq, country) values (999999, 'FR')")).hasMessageContaining("foreign key");
    }
    // ... and the facts of a deleted entity go with it
    Entity referring = entities.stream().filter(e -> !e.references().isEmpty()
        && !e.spellings().isEmpty()).findFirst().orElseThrow();
    assertThat(store.delete(referring.getId())).isTrue();
    assertThat(orphans(store)).isEqualTo(orphans);
    assertThat(store.checkIntegrity()).isEqualTo(store.toDataset().checkIntegrity());
  }

  @Test
  void aStoreFilledByAnImportGoesOnAsAnyOther() {
    List<Entity> entities = DatasetGenerator.of(GeneratorConfig.builder(3).count(200).build())
        .stream().toList();
    EntityStore store = TestDatabases.freshStore();
    store.importNdjson(new ByteArrayInputStream(ndjson(entities)));
    Agreement added = EntityStoreTest.agreement("added-after");
    store.put(added);
    // the next entity comes after the imported ones: its seq follows theirs
    List<Entity> all = new ArrayList<>(entities);
    all.add(added);
    assertThat(store.toDataset().entities()).isEqualTo(all);
    Entity first = entities.get(0);
    assertThat(store.getVersioned(first.getId()).orElseThrow().version()).isEqualTo(1);
    store.delete(first.getId());
    assertThat(store.history(first.getId())).hasSize(2);
    // a second import finds entities there and writes versions the usual way
    ImportResult again = store.importNdjson(new ByteArrayInputStream(ndjson(entities)));
    assertThat(again.updated()).isEqualTo(entities.size() - 1);
    assertThat(store.history(entities.get(1).getId())).hasSize(2);
  }

  @Test
  void aRepeatedIdLeavesNoTraceInTheHistory() {
    Agreement one = EntityStoreTest.agreement("one");
    EntityStore store = TestDatabases.freshStore();
    ImportResult result = store.importNdjson(new ByteArrayInputStream(ndjson(List.of(one,
        EntityStoreTest.agreement("two"), one.withNotes("again")))));
    assertThat(result.written()).isEqualTo(2);
    assertThat(result.problems()).extracting(p -> p.getLine().getAsLong() + " " + p.getCode()
        + " " + p.getMessage()).containsExactly(
            "3 dataset.id.duplicate the id is already used by the entity of line 1");
    assertThat(store.history(Ref.of(Agreement.class, "one"))).hasSize(1);
    assertThat(store.get(one.getId())).contains(one);
  }

  @Test
  void theTemporaryFilesAreGoneAfterAnImportAndAfterAFailedOne() throws Exception {
    List<String> before = importDirectories();
    EntityStore store = TestDatabases.freshStore();
    store.importNdjson(new ByteArrayInputStream(ndjson(List.of(
        EntityStoreTest.agreement("a")))));
    assertThat(importDirectories()).isEqualTo(before);
    EntityStore other = TestDatabases.freshStore();
    byte[] good = ndjson(List.of(EntityStoreTest.agreement("b")));
    java.io.InputStream failing = new java.io.SequenceInputStream(new ByteArrayInputStream(good),
        new java.io.InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("gone");
          }
        });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.importNdjson(failing))
        .hasMessageContaining("gone");
    assertThat(importDirectories()).isEqualTo(before);
    assertThat(ImportTest.indexes(other)).isEqualTo(ImportTest.indexes(store));
    assertThat(other.size()).isZero();
  }

  private static List<String> importDirectories() throws IOException {
    List<String> found = new ArrayList<>();
    try (DirectoryStream<Path> paths = Files.newDirectoryStream(
        Path.of(System.getProperty("java.io.tmpdir")), "attache-import*")) {
      paths.forEach(path -> found.add(path.getFileName().toString()));
    }
    return found;
  }

  /**
   * Every row of every table of the store, each entity's seq given as its id (the two stores
   * number alike, but say so), the entities' time of change left out.
   */
  static Map<String, List<String>> tables(EntityStore store) throws Exception {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("select table_name from"
          + " information_schema.tables where table_schema = 'attache'"
          + " and table_name not like 'flyway%'")) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      assertThat(names).contains("entity", "reference", "involvement", "name_word");
      for (String name : names) {
        String sql = name.equals("entity")
            ? "select seq || ' ' || (to_jsonb(t) - 'changed_at')::text from attache.entity t"
            : name.equals("entity_version")
                ? "select (to_jsonb(t) - 'changed_at')::text from attache.entity_version t"
                : "select e.id || ' ' || (to_jsonb(t) - 'seq')::text from attache." + name
                    + " t join attache.entity e using (seq)";
        List<String> rows = new ArrayList<>();
        try (ResultSet found = statement.executeQuery(sql + " order by 1")) {
          while (found.next()) {
            rows.add(found.getString(1));
          }
        }
        tables.put(name, rows);
      }
    }
    return tables;
  }
}
