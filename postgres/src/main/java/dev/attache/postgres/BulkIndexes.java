package dev.attache.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes and constraints of the tables of facts, set aside while a store is filled in bulk
 * by an import much larger than what it holds, and built again afterwards: building an index over
 * a million rows at once costs a fraction of maintaining it row by row, and a foreign key is checked with one join instead of a
 * lookup per row. The definitions are read from the catalog, so the migrations stay the one place
 * where they are written. All of it happens in the import's transaction: on failure the database
 * rolls the indexes back with everything else.
 */
final class BulkIndexes {
  private final List<String> recreate = new ArrayList<>();

  private BulkIndexes() {}

  /** The tables of facts. */
  private static final String FACTS = "'reference', 'entity_country', 'involvement', 'posting',"
      + " 'agreement_party', 'membership', 'membership_role', 'commission',"
      + " 'commission_session', 'organization_parent', 'name', 'name_word'";

  /**
   * Drops the indexes and constraints of the tables of facts, remembering how to build them.
   *
   * @param entitiesToo whether the entities' own go as well: only when nothing is written but by
   *     {@code COPY} (an upsert needs the key)
   */
  static BulkIndexes setAside(Connection connection, boolean entitiesToo) throws SQLException {
    String tables = "(" + FACTS + (entitiesToo ? ", 'entity')" : ")");
    BulkIndexes indexes = new BulkIndexes();
    List<String> drop = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      // constraints first (their indexes go with them), foreign keys before the keys they use
      try (ResultSet rows = statement.executeQuery("select c.conrelid::regclass::text,"
          + " quote_ident(c.conname), pg_get_constraintdef(c.oid) from pg_constraint c"
          + " join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace"
          + " where n.nspname = '" + Schema.NAME + "' and t.relname in " + tables
          + " and c.contype in ('p', 'u', 'f') order by c.contype = 'f' desc, c.oid")) {
        while (rows.next()) {
          drop.add("alter table " + rows.getString(1) + " drop constraint " + rows.getString(2));
          indexes.recreate.add("alter table " + rows.getString(1) + " add constraint "
              + rows.getString(2) + " " + unchecked(rows.getString(3)));
        }
      }
      try (ResultSet rows = statement.executeQuery("select i.indexrelid::regclass::text,"
          + " pg_get_indexdef(i.indexrelid) from pg_index i join pg_class t on t.oid = i.indrelid"
          + " join pg_namespace n on n.oid = t.relnamespace where n.nspname = '" + Schema.NAME
          + "' and t.relname in " + tables + " and not exists (select 1 from pg_constraint c"
          + " where c.conindid = i.indexrelid)")) {
        while (rows.next()) {
          drop.add("drop index " + rows.getString(1));
          indexes.recreate.add(0, rows.getString(2)); // before the foreign keys are checked
        }
      }
      for (String sql : drop) {
        statement.execute(sql);
      }
    }
    // keys before foreign keys: the constraints were listed foreign keys first
    java.util.Collections.sort(indexes.recreate.subList(0, indexes.recreate.size()),
        java.util.Comparator.comparing(sql -> sql.contains("FOREIGN KEY")));
    return indexes;
  }

  /**
   * A foreign key added back without checking the rows there ({@code NOT VALID}): the rows a bulk
   * load wrote into a table of facts were made from their entities in the same transaction (the
   * first load from the rows it numbered, the staged path by a join with {@code entity}), and
   * the rows there before were checked when written, so each refers to an entity by
   * construction; checking would join each table with the entities (measured: about a seventh of
   * an import of 100,000 entities). The key acts as before on every row written afterwards, and
   * deleting an entity still deletes its facts. A key already unchecked stays as it is; other
   * constraints are built as they were.
   */
  private static String unchecked(String definition) {
    return definition.startsWith("FOREIGN KEY") && !definition.endsWith(" NOT VALID")
        ? definition + " NOT VALID" : definition;
  }

  /** Builds again what {@link #setAside} dropped. */
  void rebuild(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : recreate) {
        statement.execute(sql);
      }
    }
  }
}
