package dev.attache.postgres;

import dev.attache.validation.Problem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code Dataset.checkIntegrity()} in SQL: each check a query over the tables of facts, each
 * problem at {@code /entities/N}, N the entity's position in the order ids first came (a
 * {@code Dataset} made from the store has them there), with the dataset's codes, messages and
 * values.
 *
 * <p>Three checks of the dataset have nothing to find here: ids are unique in the store
 * ({@code dataset.id.duplicate}), and the store holds only entities that read back from their
 * JSON, whose ids and references are of the kind their place says ({@code dataset.id.kind},
 * {@code dataset.ref.kind}).
 */
final class StoreIntegrity {
  private final Connection connection;
  private final Locale locale;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Long> positions = new ArrayList<>();

  private StoreIntegrity(Connection connection, Locale locale) {
    this.connection = connection;
    this.locale = locale;
  }

  /** The position of each entity: its rank by seq, from 0. */
  private static final String POSITIONED = "with positioned as (select seq, id, kind,"
      + " row_number() over (order by seq) - 1 as position from attache.entity) ";

  static List<Problem> check(Connection connection, Locale locale) throws SQLException {
    StoreIntegrity check = new StoreIntegrity(connection, locale);
    check.references();
    check.parentCycles();
    check.sessionsOutside();
    check.overlaps("dataset.posting.active.overlap", "/arrival", "select p.seq, p.service"
        + " || ' ' || p.host as grp, p.days_there as days, p.arrival as described"
        + " from attache.posting p where p.status = 'ACTIVE'");
    check.overlaps("dataset.membership.overlap", "/period", "select m.seq, m.organization"
        + " || ' ' || m.post_key as grp, m.days_certain as days, m.period as described"
        + " from attache.membership m where m.single_holder");
    return check.sorted();
  }

  /** A reference to no entity. */
  private void references() throws SQLException {
    query(POSITIONED + "select p.position, r.pointer, r.target from attache.reference r"
        + " join positioned p on p.seq = r.seq"
        + " where not exists (select 1 from attache.entity t where t.id = r.target)",
        rows -> report(rows.getLong(1), rows.getString(2), "dataset.ref.unresolved",
            rows.getString(3), Map.of()));
  }

  /**
   * Every organization on a parent cycle of two or more: walking up from it (through parents that
   * are organizations) comes back to it. A self-parent is the entity rule, not this one.
   */
  private void parentCycles() throws SQLException {
    query("with recursive " + POSITIONED.substring("with ".length()) + ", parents as (select e.id, op.parent from attache.organization_parent op"
        + " join attache.entity e on e.seq = op.seq and e.kind = 'org'),"
        + " walk(start, current, depth) as ("
        + "   select id, parent, 1 from parents"
        + "   union all select w.start, p.parent, w.depth + 1 from walk w"
        + "   join parents p on p.id = w.current where w.current <> w.start"
        + " ) cycle current set looped using path"
        + " select p.position, o.parent from (select distinct start from walk"
        + "   where current = start and depth > 1 and not looped) on_cycle"
        + " join positioned p on p.id = on_cycle.start"
        + " join parents o on o.id = on_cycle.start",
        rows -> report(rows.getLong(1), "/parent", "dataset.organization.parent.cycle",
            rows.getString(2), Map.of()));
  }

  /** A session certainly before its commission began or after it ended. */
  private void sessionsOutside() throws SQLException {
    query(POSITIONED + "select p.position, s.date, c.period from attache.commission_session s"
        + " join positioned p on p.seq = s.seq"
        + " join attache.entity ce on ce.id = s.commission and ce.kind = 'commission'"
        + " join attache.commission c on c.seq = ce.seq"
        + " where s.latest < c.starts_from or s.earliest > c.ends_by",
        rows -> report(rows.getLong(1), "/date", "dataset.session.outside", rows.getString(2),
            Map.of("period", rows.getString(3))));
  }

  /**
   * Each member of a group whose certain days overlap an earlier member's, naming the first such
   * earlier member: the rule of single-holder posts and of one service's active postings in one
   * country.
   */
  private void overlaps(String code, String pointer, String members) throws SQLException {
    query(POSITIONED + ", members as (select m.*, p.position, p.id from (" + members + ") m"
        + " join positioned p on p.seq = m.seq),"
        + " firsts as (select later.position, later.described, min(earlier.position) as first"
        + "   from members later join members earlier on earlier.grp = later.grp"
        + "   and earlier.position < later.position and earlier.days && later.days"
        + "   group by later.position, later.described)"
        + " select f.position, f.described, o.id from firsts f"
        + " join members o on o.position = f.first",
        rows -> report(rows.getLong(1), pointer, code, rows.getString(2),
            Map.of("other", rows.getString(3))));
  }

  private interface Row {
    void read(ResultSet rows) throws SQLException;
  }

  private void query(String sql, Row row) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        row.read(rows);
      }
    }
  }

  private void report(long position, String pointer, String code, Object value,
      Map<String, Object> parameters) {
    problems.add(Problem.ofCode("/entities/" + position + pointer, code, parameters, value,
        locale));
    positions.add(position);
  }

  /** By position, then as problems sort: the order of {@code Dataset.checkIntegrity()}. */
  private List<Problem> sorted() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingLong(positions::get)
        .thenComparing(problems::get));
    List<Problem> sorted = new ArrayList<>(problems.size());
    for (int i : order) {
      sorted.add(problems.get(i));
    }
    return List.copyOf(sorted);
  }
}
