package dev.attache.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.data.ReferenceDataset;
import dev.attache.model.Agreement;
import dev.attache.model.AgreementKind;
import dev.attache.model.AgreementStatus;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Organization;
import dev.attache.model.Ref;
import dev.attache.validation.InvalidEntityException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityStoreTest {
  static EntityStore store;

  @BeforeAll
  static void open() {
    store = TestDatabases.freshStore();
  }

  static Agreement agreement(String slug) {
    return Agreement.builder().id("agreement:" + slug).title("Memorandum " + slug)
        .kind(AgreementKind.MEMORANDUM).status(AgreementStatus.PROPOSED)
        .addParties("RU", "TM").proposedOn("2021-03-31").build();
  }

  @Test
  void anEntityIsWrittenAndReadBackWithItsVersion() {
    Agreement agreement = agreement("first");
    Versioned<Agreement> written = store.put(agreement);
    assertThat(written.version()).isEqualTo(1);
    assertThat(store.get(agreement.getId())).contains(agreement);
    assertThat(store.getVersioned(agreement.getId()).orElseThrow().version()).isEqualTo(1);
    assertThat(store.find(agreement.getId())).contains(agreement);
    assertThat(store.get(Ref.of(Agreement.class, "nowhere"))).isEmpty();
  }

  @Test
  void anUpdateKeepsTheVersionItReplacesAndADeletionIsRecorded() {
    Agreement v1 = agreement("history");
    store.put(v1);
    Agreement v2 = v1.withStatus(AgreementStatus.SIGNED).withSignedOn(
        dev.attache.common.QualifiedDate.parse("2021-09"));
    assertThat(store.put(v2).version()).isEqualTo(2);
    assertThat(store.delete(v1.getId())).isTrue();
    assertThat(store.get(v1.getId())).isEmpty();
    assertThat(store.delete(v1.getId())).isFalse();
    List<Revision> history = store.history(v1.getId());
    assertThat(history).extracting(Revision::version).containsExactly(1L, 2L, 3L);
    assertThat(history.get(0).entity()).contains(v1);
    assertThat(history.get(1).entity()).contains(v2);
    assertThat(history.get(2).isDeletion()).isTrue();
    assertThat(history.get(0).changedAt()).isBeforeOrEqualTo(history.get(2).changedAt());
    // written again after its deletion: the versions go on, nothing earlier is shadowed
    assertThat(store.put(v1).version()).isEqualTo(4);
    assertThat(store.history(v1.getId())).extracting(Revision::version)
        .containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void aWriteOverAnotherVersionThanTheOneReadIsAConflict() {
    Agreement v1 = agreement("optimistic");
    assertThat(store.put(v1, 0).version()).isEqualTo(1);
    assertThatThrownBy(() -> store.put(v1, 0)).isInstanceOfSatisfying(
        VersionConflictException.class, e -> {
          assertThat(e.getExpectedVersion()).isZero();
          assertThat(e.getActualVersion()).isEqualTo(1);
          assertThat(e.getId()).isEqualTo("agreement:optimistic");
        });
    Versioned<Agreement> read = store.getVersioned(v1.getId()).orElseThrow();
    store.put(read.entity().withNotes("someone else"), read.version());
    assertThatThrownBy(() -> store.put(read.entity().withNotes("me"), read.version()))
        .isInstanceOf(VersionConflictException.class);
    assertThat(store.get(v1.getId()).orElseThrow().getNotes()).containsExactly("someone else");
    assertThatThrownBy(() -> store.delete(v1.getId(), 1))
        .isInstanceOf(VersionConflictException.class);
    assertThat(store.delete(v1.getId(), 2)).isTrue();
    assertThatThrownBy(() -> store.put(agreement("absent"), 3))
        .isInstanceOfSatisfying(VersionConflictException.class,
            e -> assertThat(e.getActualVersion()).isZero());
    assertThat(store.get(Ref.of(Agreement.class, "absent"))).isEmpty();
  }

  @Test
  void concurrentWritersOfOneReadVersionCannotBothWin() throws Exception {
    Agreement base = agreement("race");
    long version = store.put(base).version();
    int writers = 8;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(writers);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String note = "writer " + i;
      results.add(pool.submit(() -> {
        start.await();
        try {
          store.put(base.withNotes(note), version);
          return true;
        } catch (VersionConflictException e) {
          return false;
        }
      }));
    }
    start.countDown();
    int won = 0;
    for (java.util.concurrent.Future<Boolean> result : results) {
      won += result.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(won).isEqualTo(1);
    assertThat(store.history(base.getId())).hasSize(2);
    // without an expected version, every writer writes a version and none is lost
    java.util.concurrent.ExecutorService all =
        java.util.concurrent.Executors.newFixedThreadPool(writers);
    List<java.util.concurrent.Future<?>> plain = new java.util.ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String note = "plain " + i;
      plain.add(all.submit(() -> store.put(base.withNotes(note))));
    }
    for (java.util.concurrent.Future<?> result : plain) {
      result.get();
    }
    all.shutdown();
    assertThat(store.history(base.getId())).hasSize(2 + writers)
        .extracting(Revision::version).doesNotHaveDuplicates();
  }

  @Test
  void aWriteThatWaitedOnADeletionWritesTheVersionAfterIt() throws Exception {
    javax.sql.DataSource data = TestDatabases.fresh();
    EntityStore racing = EntityStore.connect(data);
    Agreement base = agreement("deleted-meanwhile");
    racing.put(base);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    java.util.concurrent.Future<Versioned<Agreement>> put;
    try (Connection deleting = data.getConnection()) {
      deleting.setAutoCommit(false);
      try (Statement statement = deleting.createStatement()) {
        // the deletion's history (version 1, then 2 for the deletion) is not visible yet
        statement.executeUpdate("delete from attache.entity where id = '" + base.getId() + "'");
      }
      put = pool.submit(() -> racing.put(base.withNotes("again")));
      awaitAWriterWaitingOnALock(data);
      deleting.commit();
    }
    // it used to be inserted as version 1 again, and every later write of it failed on the
    // history's key
    assertThat(put.get(30, java.util.concurrent.TimeUnit.SECONDS).version()).isEqualTo(3);
    pool.shutdown();
    assertThat(racing.put(base).version()).isEqualTo(4);
    assertThat(racing.delete(base.getId())).isTrue();
    assertThat(racing.history(base.getId())).extracting(Revision::version)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void aMissingStatusIsNamedByTheStoreAndByTheDataset() {
    java.time.LocalDate day = java.time.LocalDate.of(2025, 6, 1);
    dev.attache.common.CountryCode tm = dev.attache.common.CountryCode.of("TM");
    dev.attache.model.PostingStatus none = null;
    assertThatThrownBy(() -> store.postings(tm, day, dev.attache.model.PostingStatus.ACTIVE, none))
        .isInstanceOf(NullPointerException.class).hasMessage("a status");
    assertThatThrownBy(() -> ReferenceDataset.load().postings(tm, day, none))
        .isInstanceOf(NullPointerException.class).hasMessage("a status");
  }

  private static void awaitAWriterWaitingOnALock(javax.sql.DataSource data) throws Exception {
    try (Connection connection = data.getConnection();
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < 1_000; i++) {
        try (java.sql.ResultSet rows = statement.executeQuery("select count(*) from"
            + " pg_stat_activity where wait_event_type = 'Lock'"
            + " and datname = current_database()")) {
          rows.next();
          if (rows.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("no writer waited on the deleted entity");
  }

  @Test
  void anInvalidBatchWritesNothingAndSaysWhy() {
    Agreement good = agreement("batch-good");
    Agreement twins = agreement("batch-twins").withParties(
        dev.attache.model.Party.state("RU"), dev.attache.model.Party.state("RU"));
    assertThatThrownBy(() -> store.putAll(List.of(good, twins, good)))
        .isInstanceOfSatisfying(InvalidEntityException.class, e ->
            assertThat(e.getProblems()).extracting(p -> p.getPointer() + " " + p.getCode())
                .containsExactly("/entities/1/parties/1 agreement.parties.distinct",
                    "/entities/2/id dataset.id.duplicate"));
    assertThat(store.get(good.getId())).isEmpty();
    assertThat(store.putAll(List.of(good, agreement("batch-other"))))
        .extracting(Versioned::version).containsExactly(1L, 1L);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void anEntityThatWouldNotReadBackIsRefused() {
    Ref personId = Ref.parse("person:pretender");
    Organization pretender = Organization.builder().id("org:pretender").names("Pretender")
        .kind(dev.attache.model.OrganizationKind.MINISTRY).country("TM").build()
        .withId(personId);
    assertThatThrownBy(() -> store.put(pretender)).isInstanceOfSatisfying(
        InvalidEntityException.class, e -> assertThat(e.getProblems())
            .extracting(p -> p.getCode()).contains("id.kind"));
    assertThat(store.find(personId)).isEmpty();
  }

  @Test
  void theHistoryCannotBeRewrittenEvenInSql() throws Exception {
    store.put(agreement("sealed"));
    store.put(agreement("sealed").withNotes("v2"));
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate(
          "update attache.entity_version set doc = null where id = 'agreement:sealed'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> statement.executeUpdate(
          "delete from attache.entity_version where id = 'agreement:sealed'"))
          .hasMessageContaining("append-only");
    }
    assertThat(store.history(Ref.of(Agreement.class, "sealed"))).hasSize(2);
  }

  @Test
  void aStoreReadsBackAsADatasetInTheOrderIdsCame() {
    EntityStore fresh = TestDatabases.freshStore();
    List<Entity> reference = ReferenceDataset.load().entities();
    fresh.putAll(reference);
    assertThat(fresh.toDataset().entities()).containsExactlyElementsOf(reference);
    try (Stream<Organization> organizations = fresh.stream(Organization.class)) {
      assertThat(organizations.toList()).isEqualTo(ReferenceDataset.load().organizations());
    }
    assertThat(fresh.size()).isEqualTo(reference.size());
    assertThat(fresh.countByKind().get(EntityKind.ORGANIZATION))
        .isEqualTo(ReferenceDataset.load().organizations().size());
    // pages follow each other in the same order
    List<Entity> paged = new java.util.ArrayList<>();
    for (int offset = 0; offset < reference.size(); offset += 7) {
      paged.addAll(fresh.page(Entity.class, offset, 7));
    }
    assertThat(paged).isEqualTo(reference);
    assertThat(fresh.page(Organization.class, 0, 10_000))
        .isEqualTo(ReferenceDataset.load().organizations());
    assertThat(fresh.count(Organization.class))
        .isEqualTo(ReferenceDataset.load().organizations().size());
    assertThat(fresh.page(Entity.class, reference.size(), 5)).isEmpty();
    assertThatThrownBy(() -> fresh.page(Entity.class, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("limit 0 is not from 1 to 10000");
    assertThatThrownBy(() -> fresh.page(Entity.class, 0, 10_001))
        .hasMessage("limit 10001 is not from 1 to 10000");
    assertThatThrownBy(() -> fresh.page(Entity.class, -1, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("offset -1 is negative");
    // opening a store again on the same database finds the schema up to date
    assertThat(EntityStore.connect(fresh.dataSource()).size()).isEqualTo(reference.size());
  }

  @Test
  void aStreamReadsPastItsBatchesAndAnEmptyStoreStreamsNothing() {
    EntityStore fresh = TestDatabases.freshStore();
    try (Stream<Entity> none = fresh.stream(Entity.class)) {
      assertThat(none).isEmpty();
    }
    int count = 2 * EntityCursor.BATCH + 1; // two full batches and one of a single row
    List<Entity> generated = dev.attache.data.generate.DatasetGenerator.of(
        dev.attache.data.generate.GeneratorConfig.builder(5).count(count).build())
        .stream().toList();
    fresh.putAll(generated);
    try (Stream<Entity> all = fresh.stream(Entity.class)) {
      assertThat(all.toList()).isEqualTo(generated);
    }
    // a stream closed before its end gives its connection back, read only
    for (int i = 0; i < 20; i++) {
      try (Stream<Entity> first = fresh.stream(Entity.class)) {
        assertThat(first.findFirst()).contains(generated.get(0));
      }
    }
    assertThat(fresh.size()).isEqualTo(count);
  }

  @Test
  void aStoreOfTheFirstSchemaVersionIsBroughtUpToDateWithWhatItHolds() throws Exception {
    javax.sql.DataSource data = TestDatabases.fresh();
    org.flywaydb.core.Flyway.configure().dataSource(data).schemas("attache").createSchemas(true)
        .locations("classpath:dev/attache/postgres/migration").target("1").load().migrate();
    dev.attache.model.Source source = ReferenceDataset.load().sources().get(0);
    try (Connection connection = data.getConnection();
        java.sql.PreparedStatement insert = connection.prepareStatement("insert into"
            + " attache.entity (id, kind, kind_order, slug, version, changed_at, doc)"
            + " values (?, 'source', ?, ?, 1, now(), ?::jsonb)")) {
      insert.setString(1, source.getId().toString());
      insert.setInt(2, EntityKind.SOURCE.ordinal());
      insert.setString(3, source.getId().getSlug());
      insert.setString(4, dev.attache.json.AttacheJson.strict().write(source));
      insert.executeUpdate();
    }
    EntityStore upgraded = EntityStore.connect(data);
    try (Stream<dev.attache.model.Source> sources = upgraded.stream(
        dev.attache.model.Source.class)) {
      assertThat(sources.toList()).containsExactly(source);
    }
    try (Connection connection = data.getConnection();
        Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery("select string_agg(indexname, ' '"
            + " order by indexname) from pg_indexes where tablename = 'entity'"
            + " and schemaname = 'attache'")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("entity_kind_seq entity_pkey entity_seq_key");
    }
  }

  @Test
  void aStreamReadToItsEndOrFailingGivesItsConnectionBackUnclosed() {
    EntityStore small = EntityStore.connect(TestDatabases.fresh(2, 2_000));
    small.putAll(ReferenceDataset.load().entities());
    long organizations = ReferenceDataset.load().organizations().size();
    for (int i = 0; i < 10; i++) { // more than the pool has, none closed
      assertThat(small.stream(Organization.class).count()).isEqualTo(organizations);
    }
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> small.stream(Entity.class).forEach(entity -> {
        throw new IllegalStateException("the consumer fails");
      })).hasMessage("the consumer fails");
    }
    assertThat(small.size()).isEqualTo(ReferenceDataset.load().entities().size());
    // closing after the end, or twice, changes nothing
    Stream<Entity> read = small.stream(Entity.class);
    assertThat(read.count()).isEqualTo(ReferenceDataset.load().entities().size());
    read.close();
    read.close();
  }

  @Test
  void anImportOfWhatIsNotAFileSaysWhichAndWritesNothing(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path directory) {
    EntityStore fresh = TestDatabases.freshStore();
    assertThatThrownBy(() -> fresh.importNdjson(directory))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("Could not read " + directory + ": it is a directory");
    java.nio.file.Path missing = directory.resolve("missing.ndjson");
    assertThatThrownBy(() -> fresh.importNdjson(missing))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("Could not read " + missing + ": there is no such file");
    assertThatThrownBy(() -> fresh.importNdjson((java.nio.file.Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThat(fresh.size()).isZero();
  }
}
