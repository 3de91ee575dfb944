package dev.attache.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.common.CountryCode;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.dataset.Dataset;
import dev.attache.dataset.TimelineEntry;
import dev.attache.model.Agreement;
import dev.attache.model.AttachePosting;
import dev.attache.model.CooperationArea;
import dev.attache.model.Entity;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Party;
import dev.attache.model.PostingStatus;
import dev.attache.model.Ref;
import dev.attache.model.Source;
import dev.attache.validation.Problem;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * A bulk import of 100,000 generated entities with 1 % broken lines, then the questions of
 * {@code Dataset} asked over HTTP and of a {@code Dataset} of everything the service holds: the
 * same answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportAndQuestionsTest extends LiveService {
  static final int LINES = 100_000;

  @Test
  @Order(1)
  void aBulkImportKeepsEveryGoodLineAndReportsEveryBadOne() {
    DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(17).count(LINES)
        .build());
    ByteArrayOutputStream valid = new ByteArrayOutputStream();
    generator.writeNdjson(valid, 0, LINES);
    List<String> lines = valid.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(LINES);

    // every hundredth line broken, in four ways: syntax, a property renamed, a kind that does
    // not exist, garbage after the object
    StringBuilder body = new StringBuilder();
    Set<Long> broken = new TreeSet<>();
    List<String> brokenIds = new ArrayList<>();
    List<String> goodIds = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      String line = lines.get(i);
      String id = line.substring(line.indexOf("\"id\":\"") + 6);
      id = id.substring(0, id.indexOf('"'));
      if (i % 100 == 37) {
        broken.add(i + 1L);
        brokenIds.add(id);
        line = switch ((i / 100) % 4) {
          case 0 -> line.substring(0, line.length() / 2);
          case 1 -> line.replaceFirst("\"id\":", "\"identifier\":");
          case 2 -> line.replaceFirst("\\{\"type\":\"[a-z-]+\"", "{\"type\":\"spaceship\"");
          default -> line + "{";
        };
      } else {
        goodIds.add(id);
      }
      body.append(line).append('\n');
    }
    long before = http().get("/entities?limit=1").json().get("total").asLong();

    Http.Reply reply = http().postNdjson("/entities",
        body.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    JsonNode result = reply.json();
    assertThat(result.get("read").asLong()).isEqualTo(LINES);
    assertThat(result.get("written").asLong()).isEqualTo(LINES - broken.size());
    assertThat(result.get("updated").asLong()).isZero();
    assertThat(result.get("skipped").asLong()).isEqualTo(broken.size());
    assertThat(result.get("complete").asBoolean()).isFalse();
    Set<Long> reported = new TreeSet<>();
    for (JsonNode problem : result.get("problems")) {
      reported.add(problem.get("line").asLong());
      assertThat(problem.get("code").asString()).startsWith("json.");
    }
    assertThat(reported).isEqualTo(broken);

    assertThat(http().get("/entities?limit=1").json().get("total").asLong())
        .isEqualTo(before + LINES - broken.size());
    for (int i = 0; i < brokenIds.size(); i += 50) {
      assertThat(http().get("/entities/" + brokenIds.get(i)).status()).isEqualTo(404);
    }
    for (int i = 0; i < goodIds.size(); i += 5_000) {
      assertThat(http().get("/entities/" + goodIds.get(i)).status()).isEqualTo(200);
    }
  }

  @Test
  @Order(2)
  void theQuestionsHaveTheAnswersOfADatasetOfTheSameEntities() {
    Dataset dataset = everything();
    Random random = new Random(7);
    Http http = http();
    List<AttachePosting> postings = dataset.postings();
    List<Agreement> agreements = dataset.agreements();
    List<Membership> memberships = dataset.memberships();
    List<Entity> entities = dataset.entities();
    List<CountryCode> countries = new ArrayList<>(new TreeSet<>(
        entities.stream().flatMap(e -> e.countries().stream()).toList()));
    int answered = 0;
    for (int round = 0; round < 60; round++) {
      LocalDate date = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(40 * 365));

      CountryCode host = random.nextInt(5) == 0 ? pick(random, countries)
          : pick(random, postings).getHostCountry();
      List<PostingStatus> statuses = new ArrayList<>();
      for (PostingStatus status : PostingStatus.values()) {
        if (random.nextInt(3) == 0) {
          statuses.add(status);
        }
      }
      List<String> expected = ids(dataset.postings(host, date,
          statuses.toArray(PostingStatus[]::new)));
      String query = "/postings?host=" + host + "&date=" + date + statuses.stream()
          .map(s -> "&status=" + s).reduce("", String::concat);
      assertThat(ids(http.get(query).json())).as(query).isEqualTo(expected);
      answered += expected.isEmpty() ? 0 : 1;

      Agreement agreement = pick(random, agreements);
      Party a = pick(random, agreement.getParties());
      Party b = random.nextInt(4) == 0 ? Party.state(pick(random, countries))
          : pick(random, agreement.getParties());
      LocalDate day = agreement.getSignedOn().or(agreement::getInForceFrom)
          .map(d -> d.getDate().earliest().plusDays(random.nextInt(2000))).orElse(date);
      query = "/agreements/in-force?a=" + a + "&b=" + b + "&date=" + day;
      JsonNode inForce = http.get(query).json();
      expected = ids(dataset.agreementsInForce(a, b, day));
      assertThat(ids(inForce.get("agreements"))).as(query).isEqualTo(expected);
      assertThat(texts(inForce.get("areas"))).as(query).containsExactlyInAnyOrderElementsOf(
          dataset.areasInForce(a, b, day).stream().map(CooperationArea::name).toList());
      answered += expected.isEmpty() ? 0 : 1;

      CountryCode first = pick(random, countries);
      CountryCode second = random.nextInt(3) == 0 ? first : pick(random, countries);
      query = "/timeline?a=" + first + "&b=" + second;
      List<String> timeline = new ArrayList<>();
      for (JsonNode entry : http.get(query).json()) {
        timeline.add(entry.get("date").asString() + " " + entry.get("entity").get("id").asString()
            + " " + texts(entry.get("sources")));
      }
      expected = dataset.timeline(first, second).stream().map(ImportAndQuestionsTest::entry)
          .toList();
      assertThat(timeline).as(query).isEqualTo(expected);
      answered += expected.isEmpty() ? 0 : 1;

      Membership membership = pick(random, memberships);
      Ref<Organization> organization = membership.getOrganization();
      String role = pick(random, new ArrayList<>(membership.getRole().allSpellings()));
      role = random.nextBoolean() ? role : role.toUpperCase(Locale.ROOT);
      LocalDate held = membership.getPeriod().map(p -> p.possibleDays().first())
          .filter(d -> !d.equals(LocalDate.MIN)).map(d -> d.plusDays(random.nextInt(900)))
          .orElse(date);
      query = "/holders?organization=" + organization + "&role=" + encode(role) + "&date="
          + held;
      expected = ids(dataset.holders(organization, role, held));
      assertThat(ids(http.get(query).json())).as(query).isEqualTo(expected);
      answered += expected.isEmpty() ? 0 : 1;

      Ref<?> id = pick(random, entities).getId();
      expected = ids(dataset.involving(id));
      assertThat(ids(http.get("/involving/" + id).json())).as("involving %s", id)
          .isEqualTo(expected);
      answered += expected.isEmpty() ? 0 : 1;

      List<String> spellings = new ArrayList<>(new TreeSet<>(pick(random, entities).spellings()));
      String name = spellings.isEmpty() ? "nothing at all" : pick(random, spellings);
      name = random.nextBoolean() ? name : name.substring(0, Math.max(1, name.length() / 2));
      query = "/search?name=" + encode(name);
      expected = ids(dataset.search(name));
      assertThat(ids(http.get(query).json())).as(query).isEqualTo(expected);
      assertThat(ids(http.get(query + "&kind=organization").json())).as(query)
          .isEqualTo(ids(dataset.search(name, Organization.class)));
      answered += expected.isEmpty() ? 0 : 1;
    }
    // a test that passes on empty answers alone proves nothing
    assertThat(answered).isGreaterThan(150);

    JsonNode integrity = http.get("/integrity").json();
    List<String> problems = new ArrayList<>();
    for (JsonNode problem : integrity.get("problems")) {
      problems.add(problem.get("pointer").asString() + " " + problem.get("code").asString());
    }
    List<Problem> expectedProblems = dataset.checkIntegrity();
    assertThat(problems).isEqualTo(expectedProblems.stream()
        .map(p -> p.getPointer() + " " + p.getCode()).toList());
    assertThat(integrity.get("problemCount").asInt()).isEqualTo(expectedProblems.size());
    // the broken lines of the import left references to nothing
    assertThat(problems).anyMatch(p -> p.endsWith("dataset.ref.unresolved"));
  }

  static String entry(TimelineEntry entry) {
    return entry.date() + " " + entry.entity().getId() + " "
        + entry.sources().stream().map(Source::getId).map(Ref::toString).toList();
  }

  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static List<String> ids(List<? extends Entity> entities) {
    return entities.stream().map(e -> e.getId().toString()).toList();
  }

  static List<String> ids(JsonNode entities) {
    return texts(entities, e -> e.get("id").asString());
  }

  static List<String> texts(JsonNode array) {
    return texts(array, JsonNode::asString);
  }

  static List<String> texts(JsonNode array, Function<JsonNode, String> text) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(text.apply(node)));
    return texts;
  }
}
