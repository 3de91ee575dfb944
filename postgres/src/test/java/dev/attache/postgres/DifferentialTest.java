package dev.attache.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.common.CountryCode;
import dev.attache.data.ReferenceDataset;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.dataset.Dataset;
import dev.attache.dataset.NameKey;
import dev.attache.model.Agreement;
import dev.attache.model.AttachePosting;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Party;
import dev.attache.model.PostingStatus;
import dev.attache.model.Ref;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store and {@code Dataset} asked the same questions on the same entities give the same
 * answers in the same order: hundreds of random questions on 20,000 generated entities and on
 * the reference dataset. Each question is drawn from what the data holds (a country that hosts
 * postings, two parties of one agreement, a spelling of a post, a word of a name), with some
 * drawn blind, so that empty answers are checked too.
 */
class DifferentialTest {
  static final long SEED = 20261201L;
  static final int GENERATED = 20_000;

  static Dataset generated;
  static EntityStore generatedStore;
  static Dataset reference;
  static EntityStore referenceStore;

  @BeforeAll
  static void load() {
    DatasetGenerator generator = DatasetGenerator.of(
        GeneratorConfig.builder(SEED).count(GENERATED).build());
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    generator.writeNdjsonWithHeader(ndjson, 0, GENERATED);
    generatedStore = TestDatabases.freshStore();
    ImportResult result = generatedStore.importNdjson(
        new ByteArrayInputStream(ndjson.toByteArray()));
    assertThat(result.isComplete()).as("%s", result.problems()).isTrue();
    assertThat(result.written()).isEqualTo(GENERATED);
    generated = generator.dataset();

    referenceStore = TestDatabases.freshStore();
    referenceStore.putAll(ReferenceDataset.load().entities());
    reference = ReferenceDataset.load();
  }

  @Test
  void theStoreHoldsTheEntitiesInTheirOrder() {
    assertThat(generatedStore.toDataset().entities()).isEqualTo(generated.entities());
    assertThat(referenceStore.toDataset().entities()).isEqualTo(reference.entities());
  }

  @Test
  void randomQuestionsOnGeneratedEntitiesHaveTheSameAnswers() {
    assertThat(ask(generated, generatedStore, new Random(SEED), 200)).isGreaterThan(600);
  }

  @Test
  void randomQuestionsOnTheReferenceDatasetHaveTheSameAnswers() {
    assertThat(ask(reference, referenceStore, new Random(SEED + 1), 100)).isGreaterThan(150);
  }

  @Test
  void daysBeyondWhatTheModelAndPostgresqlHoldHaveTheDatasetsAnswers() {
    // PostgreSQL's dates start in 4713 BC; LocalDate's and the model's do not end where it does
    List<LocalDate> days = List.of(LocalDate.MIN, LocalDate.of(-5000, 1, 1),
        LocalDate.of(-4713, 1, 1), LocalDate.of(0, 12, 31), LocalDate.of(1, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(6_000_000, 1, 1),
        LocalDate.MAX);
    int answered = 0;
    for (LocalDate day : days) {
      for (AttachePosting posting : reference.postings()) {
        List<AttachePosting> expected = reference.postings(posting.getHostCountry(), day);
        assertThat(referenceStore.postings(posting.getHostCountry(), day)).as("%s", day)
            .isEqualTo(expected);
        answered += expected.size();
      }
      for (Agreement agreement : reference.agreements()) {
        Party a = agreement.getParties().get(0);
        Party b = agreement.getParties().get(1);
        List<Agreement> expected = reference.agreementsInForce(a, b, day);
        assertThat(referenceStore.agreementsInForce(a, b, day)).as("%s", day).isEqualTo(expected);
        assertThat(referenceStore.areasInForce(a, b, day)).isEqualTo(
            reference.areasInForce(a, b, day));
        answered += expected.size();
      }
      for (Membership membership : reference.memberships()) {
        String role = membership.getRole().allSpellings().iterator().next();
        List<Membership> expected = reference.holders(membership.getOrganization(), role, day);
        assertThat(referenceStore.holders(membership.getOrganization(), role, day)).as("%s", day)
            .isEqualTo(expected);
        answered += expected.size();
      }
    }
    assertThat(answered).as("open-ended ranges answer at the far ends").isPositive();
  }

  @Test
  void theIntegrityProblemsOfTheStoredEntitiesAreTheDatasets() {
    assertThat(generatedStore.checkIntegrity()).isEqualTo(generated.checkIntegrity());
    assertThat(referenceStore.checkIntegrity()).isEqualTo(reference.checkIntegrity()).isEmpty();
  }

  @Test
  void theAsOfQuestionsAreAnsweredFromIndexes() throws Exception {
    AttachePosting posting = generated.postings().get(0);
    Agreement agreement = generated.agreements().get(0);
    Membership membership = generated.memberships().get(0);
    LocalDate day = LocalDate.of(2024, 6, 1);
    String postings = plan(Questions.POSTINGS, posting.getHostCountry().toString(), day,
        new String[0], new String[0]);
    String agreements = plan(Questions.AGREEMENTS, day,
        agreement.getParties().get(0).toString(), agreement.getParties().get(1).toString());
    String holders = plan(Questions.HOLDERS, membership.getOrganization().toString(), day,
        NameKey.of(membership.getRole().getPrimary()));
    assertThat(postings).contains("posting_host_days_on").doesNotContain("Seq Scan");
    assertThat(agreements).contains("agreement_party_days_in_force")
        .doesNotContain("Seq Scan");
    assertThat(holders).contains("membership_organization_days")
        .doesNotContain("Seq Scan");
  }

  @Test
  void everyKindStreamsInTheOrderIdsCame() {
    int streamed = 0;
    for (EntityKind kind : EntityKind.values()) {
      Class<? extends Entity> type = kind.getType();
      try (Stream<? extends Entity> stored = generatedStore.stream(type)) {
        List<? extends Entity> entities = stored.toList();
        assertThat(entities).as(kind.name()).isEqualTo(
            generated.entities().stream().filter(type::isInstance).toList());
        streamed += entities.size();
      }
    }
    assertThat(streamed).isEqualTo(GENERATED);
  }

  @Test
  void aStreamOfAKindStartsFromAnIndexWithoutSortingTheKind() throws Exception {
    // the first rows come at once: by seq from an index, a rare kind through its own
    for (EntityKind kind : EntityKind.values()) {
      try (java.sql.Connection connection = generatedStore.dataSource().getConnection()) {
        connection.setAutoCommit(false);
        StringBuilder plan = new StringBuilder();
        try (java.sql.Statement explain = connection.createStatement();
            java.sql.ResultSet rows = explain.executeQuery(
                "explain " + EntityCursor.declaration(kind.getType()))) {
          while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
          }
        } finally {
          connection.rollback();
        }
        assertThat(plan.toString()).as(kind.name()).contains("Index Scan")
            .doesNotContain("Sort").doesNotContain("Seq Scan");
        if (kind == EntityKind.COMMISSION) { // 1 % of the entities: found by its kind
          assertThat(plan.toString()).contains("entity_kind_seq");
        }
      }
    }
  }

  /** The plan PostgreSQL chooses for a query with these parameters. */
  static String plan(String sql, Object... parameters) throws Exception {
    try (java.sql.Connection connection = generatedStore.dataSource().getConnection();
        java.sql.PreparedStatement explain = Questions.prepare(connection, "explain " + sql,
            java.util.Arrays.stream(parameters)
                .map(p -> p instanceof LocalDate d ? java.sql.Date.valueOf(d) : p).toArray());
        java.sql.ResultSet rows = explain.executeQuery()) {
      StringBuilder plan = new StringBuilder();
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
      return plan.toString();
    }
  }

  /**
   * Asks {@code rounds} questions of each kind of both, comparing the answers; returns how many
   * answers were not empty, so that a test cannot pass on empty answers alone.
   */
  static int ask(Dataset dataset, EntityStore store, Random random, int rounds) {
    List<AttachePosting> postings = dataset.postings();
    List<Agreement> agreements = dataset.agreements();
    List<Membership> memberships = dataset.memberships();
    List<Entity> entities = dataset.entities();
    List<CountryCode> countries = new ArrayList<>();
    for (Entity entity : entities) {
      countries.addAll(entity.countries());
    }
    int answered = 0;
    for (int round = 0; round < rounds; round++) {
      LocalDate date = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(40 * 365));

      // postings in a country on a date, of some statuses
      CountryCode host = random.nextInt(5) == 0 ? pick(random, countries)
          : pick(random, postings).getHostCountry();
      LocalDate postingDate = random.nextBoolean() ? date : pick(random, postings).getArrival()
          .map(a -> a.getDate().earliest().plusDays(random.nextInt(400))).orElse(date);
      PostingStatus[] statuses = statuses(random);
      List<AttachePosting> expectedPostings = dataset.postings(host, postingDate, statuses);
      assertThat(store.postings(host, postingDate, statuses))
          .as("postings in %s on %s", host, postingDate).isEqualTo(expectedPostings);
      answered += expectedPostings.isEmpty() ? 0 : 1;

      // agreements between two parties in force on a date, and their areas
      Agreement agreement = pick(random, agreements);
      Party a = pick(random, agreement.getParties());
      Party b = random.nextInt(4) == 0 ? Party.state(pick(random, countries))
          : pick(random, agreement.getParties());
      LocalDate signed = agreement.getSignedOn().or(agreement::getInForceFrom)
          .map(d -> d.getDate().earliest().plusDays(random.nextInt(2000))).orElse(date);
      List<Agreement> inForce = dataset.agreementsInForce(a, b, signed);
      assertThat(store.agreementsInForce(a, b, signed))
          .as("agreements of %s and %s on %s", a, b, signed).isEqualTo(inForce);
      assertThat(store.areasInForce(a, b, signed)).isEqualTo(dataset.areasInForce(a, b, signed));
      answered += inForce.isEmpty() ? 0 : 1;

      // the timeline of two countries
      CountryCode first = pick(random, countries);
      CountryCode second = random.nextInt(3) == 0 ? first : pick(random, countries);
      var timeline = dataset.timeline(first, second);
      assertThat(store.timeline(first, second)).as("timeline of %s and %s", first, second)
          .isEqualTo(timeline);
      answered += timeline.isEmpty() ? 0 : 1;

      // holders of a post on a date, the post spelled as a user might
      if (!memberships.isEmpty()) {
        Membership membership = pick(random, memberships);
        Ref<Organization> organization = membership.getOrganization();
        String role = respell(random, pick(random,
            new ArrayList<>(membership.getRole().allSpellings())));
        LocalDate held = membership.getPeriod().map(p -> p.possibleDays().first())
            .filter(d -> !d.equals(LocalDate.MIN)).map(d -> d.plusDays(random.nextInt(900)))
            .orElse(date);
        List<Membership> holders = dataset.holders(organization, role, held);
        assertThat(store.holders(organization, role, held))
            .as("holders of %s in %s on %s", role, organization, held).isEqualTo(holders);
        answered += holders.isEmpty() ? 0 : 1;
      }

      // everything involving an entity, or an id that is nowhere
      Ref<?> id = random.nextInt(10) == 0 ? Ref.parse("org:nowhere-" + round)
          : pick(random, entities).getId();
      List<Entity> involving = dataset.involving(id);
      assertThat(store.involving(id)).as("involving %s", id).isEqualTo(involving);
      answered += involving.isEmpty() ? 0 : 1;

      // names, as typed: whole, in other case, one word, the start of words, or noise
      String name = query(random, entities);
      List<Entity> found = dataset.search(name);
      assertThat(store.search(name)).as("search '%s'", name).isEqualTo(found);
      assertThat(store.search(name, Organization.class))
          .isEqualTo(dataset.search(name, Organization.class));
      answered += found.isEmpty() ? 0 : 1;
    }
    return answered;
  }

  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  static PostingStatus[] statuses(Random random) {
    Set<PostingStatus> chosen = EnumSet.noneOf(PostingStatus.class);
    for (PostingStatus status : PostingStatus.values()) {
      if (random.nextInt(3) == 0) {
        chosen.add(status);
      }
    }
    return chosen.toArray(PostingStatus[]::new);
  }

  /** A spelling as a user might type it: as is, in capitals, or in lower case. */
  static String respell(Random random, String spelling) {
    return switch (random.nextInt(3)) {
      case 0 -> spelling;
      case 1 -> spelling.toUpperCase(Locale.ROOT);
      default -> spelling.toLowerCase(Locale.ROOT);
    };
  }

  /** A search as a user might type it, from the names of the entities. */
  static String query(Random random, List<Entity> entities) {
    List<String> spellings = new ArrayList<>();
    for (int i = 0; i < 20 && spellings.isEmpty(); i++) {
      spellings.addAll(new TreeSet<>(pick(random, entities).spellings()));
    }
    if (spellings.isEmpty()) {
      return "nothing at all";
    }
    String spelling = pick(random, spellings);
    List<String> words = NameKey.words(spelling);
    return switch (random.nextInt(6)) {
      case 0 -> spelling;
      case 1 -> respell(random, spelling);
      case 2 -> words.isEmpty() ? spelling : pick(random, words);
      case 3 -> {
        StringBuilder prefixes = new StringBuilder();
        for (String word : words) {
          prefixes.append(word, 0, Math.min(word.length(), 1 + random.nextInt(4))).append(' ');
        }
        yield prefixes.toString().trim();
      }
      case 4 -> spelling.replace(" ", "  ").replace('-', ' ');
      default -> Long.toString(random.nextLong(), 36);
    };
  }
}
