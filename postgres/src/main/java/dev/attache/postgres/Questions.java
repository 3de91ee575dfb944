package dev.attache.postgres;

import dev.attache.common.CountryCode;
import dev.attache.dataset.NameKey;
import dev.attache.dataset.TimelineEntry;
import dev.attache.model.Agreement;
import dev.attache.model.AttachePosting;
import dev.attache.model.CooperationArea;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Party;
import dev.attache.model.PostingStatus;
import dev.attache.model.Ref;
import dev.attache.model.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The questions of {@code Dataset}, in SQL over the tables of facts, with its semantics and its
 * order: the day ranges are the model's ({@link StagingRow}), ids sort as {@link Ref} does (kind,
 * then slug in code point order), timeline dates as {@code PartialDate} does (their ISO text in
 * code point order: {@code 2019 < 2019-01 < 2019-01-01}).
 */
final class Questions {
  private final Database database;

  Questions(Database database) {
    this.database = database;
  }

  private static final String ENTITIES = "select " + Documents.DOC
      + " from attache.entity e where e.seq in ";

  /**
   * The first and last days a question is asked of in SQL: outside every day range the model can
   * make (years 1 to 9999, an end the day after the last day), inside PostgreSQL's dates (from
   * 4713 BC). An earlier or later day has the same answer as these, and PostgreSQL refuses it.
   */
  private static final LocalDate FIRST_DAY = LocalDate.of(0, 12, 31);
  private static final LocalDate LAST_DAY = LocalDate.of(10_000, 1, 2);

  private static LocalDate day(LocalDate date) {
    return date.isBefore(FIRST_DAY) ? FIRST_DAY : date.isAfter(LAST_DAY) ? LAST_DAY : date;
  }

  List<AttachePosting> postings(CountryCode host, LocalDate date, PostingStatus... statuses) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(date, "date");
    String[] wanted = Arrays.stream(statuses)
        .map(status -> Objects.requireNonNull(status, "a status").name()).toArray(String[]::new);
    return database.read("find postings", c -> entities(c, POSTINGS, AttachePosting.class,
        host.toString(), day(date), wanted, wanted));
  }

  /** Postings: host, date, statuses, statuses (none for any). */
  static final String POSTINGS = ENTITIES
      + "(select p.seq from attache.posting p where p.host = ? and p.days_on @> ?::date"
      + " and (cardinality(?::text[]) = 0 or p.status = any(?::text[])))"
      + " order by e.kind_order, e.slug";

  List<Agreement> agreementsInForce(Party a, Party b, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return database.read("find agreements in force", c -> entities(c, AGREEMENTS,
        Agreement.class, day(date), a.toString(), b.toString()));
  }

  private static final String AGREEMENTS_IN_FORCE = "select a.seq from attache.agreement_party a"
      + " where a.days_in_force @> ?::date and a.party = ?"
      + " and exists (select 1 from attache.agreement_party p where p.seq = a.seq and p.party = ?)";

  /** Agreements in force: date, party, party. */
  static final String AGREEMENTS = ENTITIES + "(" + AGREEMENTS_IN_FORCE + ")"
      + " order by e.kind_order, e.slug";

  Set<CooperationArea> areasInForce(Party a, Party b, LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<String> names = database.read("find areas in force", c -> texts(c,
        "select distinct jsonb_array_elements_text(e.doc->'areas') from attache.entity e"
            + " where e.seq in (" + AGREEMENTS_IN_FORCE + ")",
        day(date), a.toString(), b.toString()));
    Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
    names.forEach(name -> areas.add(CooperationArea.valueOf(name)));
    return Collections.unmodifiableSet(areas);
  }

  List<TimelineEntry> timeline(CountryCode a, CountryCode b) {
    List<Entity> entities = database.read("find the timeline", c -> entities(c, ENTITIES
        + "(select i.seq from attache.involvement i join attache.involvement j"
        + " on j.seq = i.seq and j.country = ? where i.country = ?)"
        + " and e.timeline_key is not null order by e.timeline_key, e.kind_order, e.slug",
        Entity.class, b.toString(), a.toString()));
    Map<Ref<?>, Source> sources = sourcesOf(entities);
    List<TimelineEntry> timeline = new ArrayList<>(entities.size());
    for (Entity entity : entities) {
      List<Source> cited = new ArrayList<>(entity.getSources().size());
      for (Ref<Source> ref : entity.getSources()) {
        Source source = sources.get(ref);
        if (source != null) {
          cited.add(source);
        }
      }
      timeline.add(new TimelineEntry(entity.timelineDate().orElseThrow(), entity, cited));
    }
    return Collections.unmodifiableList(timeline);
  }

  /** The sources the entities cite that are in the store, by id, in one query. */
  private Map<Ref<?>, Source> sourcesOf(List<Entity> entities) {
    List<String> ids = new ArrayList<>();
    for (Entity entity : entities) {
      entity.getSources().forEach(ref -> ids.add(ref.toString()));
    }
    Map<Ref<?>, Source> found = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Source source : database.read("find sources", c -> entities(c,
          "select " + Documents.DOC + " from attache.entity e where e.id = any(?::text[])"
              + " and e.kind = 'source'", Source.class, (Object) ids.toArray(String[]::new)))) {
        found.put(source.getId(), source);
      }
    }
    return found;
  }

  List<Membership> holders(Ref<Organization> organization, String role, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return database.read("find holders", c -> entities(c, HOLDERS, Membership.class,
        organization.toString(), day(date), NameKey.of(role)));
  }

  /** Holders of a post: organization, date, the post's key. */
  static final String HOLDERS = ENTITIES
      + "(select m.seq from attache.membership m where m.organization = ?"
      + " and m.days_possible @> ?::date and exists (select 1 from attache.membership_role r"
      + " where r.seq = m.seq and r.role_key = ?)) order by e.kind_order, e.slug";

  List<Entity> involving(Ref<?> id) {
    return database.read("find what involves " + id, c -> entities(c, ENTITIES
        + "(select r.seq from attache.reference r where r.target = ?)"
        + " order by e.timeline_key nulls last, e.kind_order, e.slug", Entity.class,
        id.toString()));
  }

  /** The shortest query word matched as a prefix; shorter ones must match a whole word. */
  private static final int MIN_PREFIX = 2;

  /**
   * Name search as {@code Dataset.search}: each entity at its best quality (exact spelling, same
   * letters, same key, every word, every word prefix), then by id.
   */
  <T extends Entity> List<T> search(String name, Class<T> type) {
    Objects.requireNonNull(name, "name");
    List<String> words = NameKey.words(name);
    String key = String.join(" ", words);
    String[] distinctWords = words.stream().distinct().toArray(String[]::new);
    String sql = "with matched(seq, quality) as ("
        + " select seq, 0 from attache.name where spelling = ?"
        + " union all select seq, 1 from attache.name where letters = ?"
        + " union all select seq, 2 from attache.name where key = ? and key <> ''"
        + " union all select w.seq, 3 from attache.name_word w where w.word = any(?::text[])"
        + "   group by w.seq having count(distinct w.word) = cardinality(?::text[])"
        + "   and cardinality(?::text[]) > 0"
        + " union all select w.seq, 4 from unnest(?::text[]) q(word) cross join lateral ("
        + "   select n.seq from attache.name_word n where length(q.word) < " + MIN_PREFIX
        + "   and n.word = q.word"
        + "   union all select n.seq from attache.name_word n where length(q.word) >= "
        + MIN_PREFIX + "   and n.word >= q.word and n.word < q.word || chr(1114111)"
        + "   and starts_with(n.word, q.word)) w"
        + "   group by w.seq having count(distinct q.word) = cardinality(?::text[])"
        + "   and cardinality(?::text[]) > 0"
        + ") select " + Documents.DOC + " from (select seq, min(quality) as quality"
        + " from matched group by seq) m join attache.entity e on e.seq = m.seq"
        + (type == Entity.class ? "" : " where e.kind = '" + EntityKind.of(type).getPrefix() + "'")
        + " order by m.quality, e.kind_order, e.slug";
    return database.read("search names", c -> entities(c, sql, type, name,
        dev.attache.dataset.NameKey.letters(name), key, distinctWords, distinctWords,
        distinctWords, distinctWords, distinctWords, distinctWords));
  }

  /** Runs a query whose one column is an entity's JSON, binding the parameters in order. */
  static <T extends Entity> List<T> entities(Connection connection, String sql, Class<T> type,
      Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> found = new ArrayList<>();
      while (rows.next()) {
        Entity entity = Documents.read(rows.getString(1));
        if (type.isInstance(entity)) {
          found.add(type.cast(entity));
        }
      }
      return Collections.unmodifiableList(found);
    }
  }

  private static List<String> texts(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<String> found = new ArrayList<>();
      while (rows.next()) {
        found.add(rows.getString(1));
      }
      return found;
    }
  }

  static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        Object parameter = parameters[i];
        if (parameter instanceof String[] array) {
          statement.setArray(i + 1, connection.createArrayOf("text", array));
        } else {
          statement.setObject(i + 1, parameter);
        }
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }
}
