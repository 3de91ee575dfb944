package dev.attache.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The one way entities are written: their rows go into a temporary staging table (by
 * {@code COPY}, whatever their number), then a few set-based statements move them into the store
 * in the same transaction: superseded versions into the history, the entities themselves, and
 * the facts the questions need ({@link StagingRow}). A single put and an import of a million
 * lines take the same path.
 */
final class Staging {
  private Staging() {}

  /** The staging table's columns, in the order {@link StagingRow} writes them. */
  static final String COLUMNS = "line, id, kind, kind_order, slug, timeline_key, doc, "
      + "countries, ref_pointers, ref_targets, ref_expected, "
      + "spellings, letters, keys, words, "
      + "posting_host, posting_status, posting_service, posting_arrival, days_on, days_there, "
      + "days_in_force, parties, "
      + "m_organization, m_single, m_post_key, m_period, m_possible, m_certain, role_keys, "
      + "c_starts, c_ends, c_period, "
      + "s_commission, s_earliest, s_latest, s_date, "
      + "parent";

  /** The COPY statement that fills the staging table. */
  static final String COPY = "copy attache_staging (" + COLUMNS + ") from stdin";

  private static final String CREATE = """
      create temporary table if not exists attache_staging (
        line bigint not null,
        id text collate "C" not null, kind text collate "C" not null, kind_order smallint not null,
        slug text collate "C" not null, timeline_key text collate "C", doc jsonb not null,
        countries text[], ref_pointers text[], ref_targets text[], ref_expected text[],
        spellings text[], letters text[], keys text[], words text[],
        posting_host text, posting_status text, posting_service text, posting_arrival text,
        days_on daterange, days_there daterange,
        days_in_force daterange, parties text[],
        m_organization text, m_single boolean, m_post_key text, m_period text,
        m_possible daterange, m_certain daterange, role_keys text[],
        c_starts date, c_ends date, c_period text,
        s_commission text, s_earliest date, s_latest date, s_date text,
        parent text
      ) on commit delete rows""";

  /** The entities whose involved countries are to be worked out again. */
  private static final String CREATE_AFFECTED = "create temporary table if not exists"
      + " attache_affected (seq bigint primary key) on commit delete rows";

  /**
   * Makes sure this connection has empty staging tables (they live as long as the session, and
   * are emptied at each commit).
   */
  static void prepare(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("set local client_min_messages = warning"); // no notice if they exist
      statement.execute(CREATE);
      statement.execute(CREATE_AFFECTED);
      statement.execute("truncate attache_staging, attache_affected");
    }
  }

  /** The kinds whose countries carry over to what refers to them, as SQL literals. */
  static final String CARRYING = String.join(", ", java.util.Arrays.stream(
      dev.attache.model.EntityKind.values()).filter(dev.attache.model.EntityKind::carriesCountries)
      .map(k -> "'" + k.getPrefix() + "'").toList());

  /** The entities that refer, expecting a carrying kind, to one of the ids in {@code ids}. */
  static String referrers(String ids) {
    return "select r.seq from attache.reference r where r.target in (" + ids + ")"
        + " and r.expected_kind in (" + CARRYING + ")";
  }

  /**
   * Works out again the countries the affected entities involve ({@code Involvement} of the
   * dataset): their own, and those of the entities of carrying kinds they refer to that are there.
   */
  static void involve(Statement statement) throws SQLException {
    statement.executeUpdate("delete from attache.involvement i using attache_affected a"
        + " where i.seq = a.seq");
    statement.executeUpdate("insert into attache.involvement (seq, country)"
        + " select c.seq, c.country from attache_affected a"
        + " join attache.entity_country c on c.seq = a.seq"
        + " union select r.seq, c.country from attache_affected a"
        + " join attache.reference r on r.seq = a.seq and r.expected_kind in (" + CARRYING + ")"
        + " join attache.entity t on t.id = r.target and t.kind = r.expected_kind"
        + " join attache.entity_country c on c.seq = t.seq");
  }

  /** The lines whose id an earlier line of the same batch has, with that line: not written. */
  static final String REPEATED_IDS = """
      select line, id, first_line from (
        select line, id, min(line) over (partition by id) as first_line from attache_staging
      ) lines where line > first_line order by line""";

  static final String DROP_REPEATED_IDS = """
      delete from attache_staging s where exists (
        select 1 from attache_staging earlier where earlier.id = s.id and earlier.line < s.line)""";

  /**
   * The entities: new ones get the next seq and version 1 (or the version after their deletion),
   * existing ones their next version; the trigger on {@code entity} keeps what they replace. Rows
   * are locked as they are written, so a concurrent writer of the same entity waits, then writes
   * the version after this one. Gives how many entities were written and how many of them had a
   * version before.
   */
  private static final String UPSERT = """
      with written as (
        insert into attache.entity (id, kind, kind_order, slug, version, changed_at,
          timeline_key, doc)
        select s.id, s.kind, s.kind_order, s.slug, coalesce(h.last, 0) + 1, now(),
          s.timeline_key, s.doc
        from attache_staging s left join (
          select v.id, max(v.version) as last from attache.entity_version v
          where v.id in (select id from attache_staging) group by v.id
        ) h on h.id = s.id
        order by s.line
        on conflict (id) do update set kind = excluded.kind, kind_order = excluded.kind_order,
          slug = excluded.slug, version = entity.version + 1, changed_at = excluded.changed_at,
          timeline_key = excluded.timeline_key, doc = excluded.doc
        returning id, version, changed_at, xmax = 0 as inserted
      )
      """;

  /**
   * An entity written with a version its history already has. A write that found the entity and
   * waited for a concurrent deletion of it inserts it afresh once the deletion commits, with the
   * version it worked out before the deletion's history was visible; the next statement sees that
   * history.
   */
  private static final String VERSION_REUSED = """
      select s.id from attache_staging s join attache.entity e on e.id = s.id
      where exists (select 1 from attache.entity_version v
                    where v.id = s.id and v.version >= e.version)
      limit 1""";

  private static final String EACH_WRITTEN = UPSERT
      + "select id, version, changed_at, inserted from written order by id";

  private static final String COUNT_WRITTEN = UPSERT
      + "select count(*), count(*) filter (where not inserted) from written";

  /**
   * The tables of facts, cleared for updated entities before they are filled again. Each is
   * filled without {@code distinct}: the staging row holds each country, party, post key and word
   * of an entity once ({@link StagingRow}), and validation refuses an agreement with a party twice.
   */
  private static final List<String> FACT_TABLES = List.of("reference", "entity_country",
      "involvement",
      "posting", "agreement_party", "membership", "membership_role", "commission",
      "commission_session", "organization_parent", "name", "name_word");

  /**
   * The tables an entity's seq is found in during an import into an empty store: the tables of
   * facts, the carriers' and the entities.
   */
  static List<String> tablesOfFactsAndEntities() {
    List<String> tables = new java.util.ArrayList<>();
    FACT_TABLES.forEach(table -> tables.add("attache." + table));
    tables.add("attache_carrier");
    tables.add("attache.entity");
    return tables;
  }

  private static final String STAGED =
      "from attache_staging s join attache.entity e on e.id = s.id";

  private static final List<String> FILL = List.of(
      "insert into attache.reference (seq, ordinal, pointer, target, expected_kind) "
          + "select e.seq, r.ordinal, r.pointer, r.target, nullif(r.expected, '') " + STAGED
          + ", unnest(s.ref_pointers, s.ref_targets, s.ref_expected) with ordinality "
          + "as r(pointer, target, expected, ordinal)",
      "insert into attache.entity_country (seq, country) select e.seq, c " + STAGED
          + ", unnest(s.countries) c",
      "insert into attache.posting (seq, host, status, service, arrival, days_on, days_there) "
          + "select e.seq, s.posting_host, s.posting_status, s.posting_service, "
          + "s.posting_arrival, s.days_on, s.days_there " + STAGED
          + " where s.posting_host is not null",
      "insert into attache.agreement_party (seq, party, days_in_force)"
          + " select e.seq, p, s.days_in_force " + STAGED + ", unnest(s.parties) p",
      "insert into attache.membership (seq, organization, single_holder, post_key, period, "
          + "days_possible, days_certain) select e.seq, s.m_organization, s.m_single, "
          + "s.m_post_key, s.m_period, s.m_possible, s.m_certain " + STAGED
          + " where s.m_organization is not null",
      "insert into attache.membership_role (seq, role_key) select e.seq, k " + STAGED
          + ", unnest(s.role_keys) k",
      "insert into attache.commission (seq, starts_from, ends_by, period) "
          + "select e.seq, s.c_starts, s.c_ends, s.c_period " + STAGED
          + " where s.c_period is not null",
      "insert into attache.commission_session (seq, commission, earliest, latest, date) "
          + "select e.seq, s.s_commission, s.s_earliest, s.s_latest, s.s_date " + STAGED
          + " where s.s_commission is not null",
      "insert into attache.organization_parent (seq, parent) select e.seq, s.parent " + STAGED
          + " where s.parent is not null",
      "insert into attache.name (seq, spelling, letters, key) select e.seq, n.spelling, n.letters, "
          + "n.key " + STAGED + ", unnest(s.spellings, s.letters, s.keys) "
          + "as n(spelling, letters, key)",
      "insert into attache.name_word (seq, word) select e.seq, w " + STAGED
          + ", unnest(s.words) w");

  /**
   * Moves what is staged into the store; the caller commits. Rows of ids repeated within the
   * batch must have been dropped first.
   *
   * @param written called with each entity written (id, new version, time of the change), or
   *     null to count them only, as an import of millions does
   * @return how many entities were written, and how many of them had a version before
   */
  static long[] apply(Connection connection, Written written) throws SQLException {
    long count = 0;
    long updated = 0;
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(written == null ? COUNT_WRITTEN
          : EACH_WRITTEN)) {
        while (rows.next()) {
          if (written == null) {
            count = rows.getLong(1);
            updated = rows.getLong(2);
          } else {
            int version = rows.getInt(2);
            boolean inserted = rows.getBoolean(4);
            count++;
            updated += inserted ? 0 : 1;
            written.accept(rows.getString(1), version, inserted,
                rows.getTimestamp(3).toInstant());
          }
        }
      }
      try (ResultSet reused = statement.executeQuery(VERSION_REUSED)) {
        if (reused.next()) {
          throw new SQLException(reused.getString(1) + " was deleted by another writer while this"
              + " one waited for it; nothing was written, and the write may be run again",
              Database.SERIALIZATION_FAILURE);
        }
      }
      if (updated > 0) {
        for (String table : FACT_TABLES) {
          statement.executeUpdate("delete from attache." + table + " t using attache_staging s "
              + "join attache.entity e on e.id = s.id where t.seq = e.seq");
        }
      }
      for (String fill : FILL) {
        statement.executeUpdate(fill);
      }
      statement.executeUpdate("insert into attache_affected (seq) select e.seq " + STAGED
          + " union " + referrers("select id from attache_staging") + " on conflict do nothing");
      involve(statement);
      return new long[] {count, updated};
    }
  }

  /**
   * Refreshes the planner's statistics of the store's tables: after a bulk load they describe the
   * tables as they were, and the questions would be planned for nearly empty tables.
   *
   * <p>The entities' documents are left out: no question filters on them, and their statistics
   * (every sampled document compared and hashed) were most of the cost of the entities'.
   *
   * @param analyzedAlready tables of facts analyzed since they were last written
   */
  static void analyze(Connection connection, List<String> analyzedAlready) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("analyze attache.entity (seq, id, kind, kind_order, slug, version,"
          + " changed_at, timeline_key)");
      for (String table : FACT_TABLES) {
        if (!analyzedAlready.contains(table)) {
          statement.execute("analyze attache." + table);
        }
      }
    }
  }

  /** What {@link #apply} reports of each entity written. */
  interface Written {
    /**
     * One entity written.
     *
     * @param id its id
     * @param version the version written
     * @param inserted true if it was not there (new, or written again after a deletion)
     * @param changedAt the time of the change
     */
    void accept(String id, int version, boolean inserted, java.time.Instant changedAt)
        throws SQLException;
  }
}
