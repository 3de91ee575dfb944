package dev.attache.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.data.ReferenceDataset;
import dev.attache.model.Agreement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The entity endpoints, each answer and each error a client can meet. */
class EntityApiTest extends LiveService {
  static final String AGREEMENT = "{\"type\":\"agreement\",\"id\":\"agreement:%s\","
      + "\"title\":{\"byLanguage\":{\"en\":\"%s\"}},\"kind\":\"MEMORANDUM\","
      + "\"parties\":[\"RU\",\"TM\"],\"status\":\"PROPOSED\",\"proposedOn\":\"2021-03-31\"}";

  static String agreement(String slug, String title) {
    return AGREEMENT.formatted(slug, title);
  }

  @Test
  void theReferenceDatasetIsServedFromTheFirstStart() {
    Http.Reply reply = http().get("/entities/agreement:ru-tm-business-missions");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.header("ETag")).matches("\"[0-9]+\"");
    Agreement expected = ReferenceDataset.load()
        .get("agreement:ru-tm-business-missions", Agreement.class).orElseThrow();
    assertThat(reply.json().get("title").get("byLanguage").get("en").asString())
        .isEqualTo(expected.getTitle().get("en").orElseThrow());
  }

  @Test
  void createReplaceAndConflict() {
    Http http = http();
    Http.Reply created = http.put("/entities/agreement:api-1", agreement("api-1", "First"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("ETag")).isEqualTo("\"1\"");
    assertThat(created.header("Location")).isEqualTo("/entities/agreement:api-1");
    assertThat(created.json().get("title").get("byLanguage").get("en").asString())
        .isEqualTo("First");

    // without If-Match a PUT only creates: the entity is there, 409 with its version
    Http.Reply again = http.put("/entities/agreement:api-1", agreement("api-1", "Again"));
    isProblem(again, 409);
    assertThat(again.json().get("currentVersion").asLong()).isEqualTo(1);
    assertThat(again.json().get("problems").get(0).get("code").asString())
        .isEqualTo("entity.version");

    Http.Reply replaced = http.put("/entities/agreement:api-1", agreement("api-1", "Second"),
        "If-Match", "\"1\"");
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.header("ETag")).isEqualTo("\"2\"");

    // a writer that read version 1 is refused, and told the current version
    Http.Reply stale = http.put("/entities/agreement:api-1", agreement("api-1", "Stale"),
        "If-Match", "\"1\"");
    isProblem(stale, 409);
    assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
    assertThat(stale.json().get("expectedVersion").asLong()).isEqualTo(1);
    assertThat(http.get("/entities/agreement:api-1").json().get("title").get("byLanguage")
        .get("en").asString()).isEqualTo("Second");

    // * replaces whatever version is there, but only if something is
    assertThat(http.put("/entities/agreement:api-1", agreement("api-1", "Third"),
        "If-Match", "*").header("ETag")).isEqualTo("\"3\"");
    isProblem(http.put("/entities/agreement:api-none", agreement("api-none", "None"),
        "If-Match", "*"), 404);
    // a version for an entity not there is a conflict with version 0
    Http.Reply absent = http.put("/entities/agreement:api-absent",
        agreement("api-absent", "Absent"), "If-Match", "\"4\"");
    isProblem(absent, 409);
    assertThat(absent.json().get("currentVersion").asLong()).isZero();

    for (String bad : List.of("3", "\"x\"", "\"0\"", "\"1\", \"2\"", "\"" + "9".repeat(30) + "\"",
        "**", "*, \"3\"", "\"3\" x", "W/*")) {
      Http.Reply reply = http.put("/entities/agreement:api-1", agreement("api-1", "Bad"),
          "If-Match", bad);
      isProblem(reply, 400);
      assertThat(reply.json().get("header").asString()).isEqualTo("If-Match");
    }
  }

  @Test
  void concurrentWritersOfOneVersionOneWins() throws Exception {
    Http http = http();
    http.put("/entities/agreement:api-race", agreement("api-race", "Race"));
    List<Thread> threads = new ArrayList<>();
    List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 8; i++) {
      int n = i;
      Thread thread = new Thread(() -> statuses.add(http.put(
          "/entities/agreement:api-race", agreement("api-race", "Writer " + n),
          "If-Match", "\"1\"").status()));
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    assertThat(http.get("/entities/agreement:api-race/history").json()).hasSize(2);
  }

  @Test
  void concurrentWritersOfAnyVersionAllWin() throws Exception {
    Http http = http();
    http.put("/entities/agreement:api-any", agreement("api-any", "Any"));
    int writers = 16;
    List<Thread> threads = new ArrayList<>();
    List<Http.Reply> replies = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < writers; i++) {
      int n = i;
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        replies.add(http.put("/entities/agreement:api-any", agreement("api-any", "Writer " + n),
            "If-Match", "*"));
      });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    // * is any version: a writer that came between is no conflict
    assertThat(replies).extracting(Http.Reply::status).as(replies.stream()
        .map(Http.Reply::text).toList().toString()).containsOnly(200);
    Set<String> etags = new HashSet<>();
    replies.forEach(reply -> etags.add(reply.header("ETag")));
    assertThat(etags).hasSize(writers);
    assertThat(http.get("/entities/agreement:api-any").header("ETag"))
        .isEqualTo("\"" + (writers + 1) + "\"");
    assertThat(http.get("/entities/agreement:api-any/history").json()).hasSize(writers + 1);
    // and * still matches nothing where nothing is
    http.delete("/entities/agreement:api-any");
    isProblem(http.put("/entities/agreement:api-any", agreement("api-any", "Gone"),
        "If-Match", "*"), 404);
  }

  @Test
  void aMalformedIfMatchIsRefusedNotTakenForAny() {
    Http http = http();
    http.put("/entities/agreement:api-stars", agreement("api-stars", "Stars"));
    for (String bad : List.of("**", "* *", "*\"1\"", "\"1\"*", "W/*")) {
      Http.Reply put = http.put("/entities/agreement:api-stars",
          agreement("api-stars", "Overwritten"), "If-Match", bad);
      isProblem(put, 400);
      assertThat(codes(put)).as(bad).containsExactly(" header.if-match");
      assertThat(put.json().get("header").asString()).isEqualTo("If-Match");
      isProblem(http.delete("/entities/agreement:api-stars", "If-Match", bad), 400);
    }
    Http.Reply kept = http.get("/entities/agreement:api-stars");
    assertThat(kept.header("ETag")).isEqualTo("\"1\"");
    assertThat(kept.json().get("title").get("byLanguage").get("en").asString())
        .isEqualTo("Stars");
    // the forms HTTP allows still work: white space around, a weak tag
    assertThat(http.put("/entities/agreement:api-stars", agreement("api-stars", "Two"),
        "If-Match", " W/\"1\" ").status()).isEqualTo(200);
    assertThat(http.put("/entities/agreement:api-stars", agreement("api-stars", "Three"),
        "If-Match", "* ").status()).isEqualTo(200);
  }

  @Test
  void theBodyMustBeTheEntityOfThePath() {
    Http.Reply reply = http().put("/entities/agreement:api-other", agreement("api-2", "Two"));
    isProblem(reply, 422);
    JsonNode problem = reply.json().get("problems").get(0);
    assertThat(problem.get("pointer").asString()).isEqualTo("/id");
    assertThat(problem.get("code").asString()).isEqualTo("id.path");
    assertThat(http().get("/entities/agreement:api-2").status()).isEqualTo(404);
  }

  @Test
  void anInvalidEntityIsRefusedWithEveryProblem() {
    String twins = "{\"type\":\"agreement\",\"id\":\"agreement:api-twins\",\"title\":{\"byLanguage\":"
        + "{\"en\":\"Twins\"}},\"kind\":\"MEMORANDUM\",\"parties\":[\"RU\",\"RU\"],"
        + "\"status\":\"SIGNED\"}";
    Http.Reply reply = http().put("/entities/agreement:api-twins", twins);
    isProblem(reply, 422);
    assertThat(codes(reply)).containsExactly("/parties/1 agreement.parties.distinct",
        "/signedOn agreement.signed.date");
    assertThat(http().get("/entities/agreement:api-twins").status()).isEqualTo(404);

    Http.Reply unreadable = http().put("/entities/agreement:api-x", "{\"type\":\"agreement\",");
    isProblem(unreadable, 400);
    assertThat(codes(unreadable)).singleElement().asString().endsWith("json.syntax");
    isProblem(http().put("/entities/agreement:api-x", ""), 400);
    isProblem(http().put("/entities/not-an-id", agreement("api-3", "Three")), 400);
    isProblem(http().send("PUT", "/entities/agreement:api-3",
        agreement("api-3", "Three").getBytes(), "Content-Type", "text/plain"), 415);
  }

  @Test
  void getWithVersionsAndConditions() {
    Http http = http();
    http.put("/entities/agreement:api-get", agreement("api-get", "Get"));
    Http.Reply reply = http.get("/entities/agreement:api-get");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("ETag")).isEqualTo("\"1\"");
    assertThat(reply.header("Last-Modified")).isNotBlank();
    assertThat(http.get("/entities/agreement:api-get", "If-None-Match", "\"1\"").status())
        .isEqualTo(304);
    assertThat(http.get("/entities/agreement:api-get", "If-None-Match", "\"7\"").status())
        .isEqualTo(200);

    Http.Reply missing = http.get("/entities/person:nobody-at-all");
    isProblem(missing, 404);
    assertThat(codes(missing)).containsExactly(" entity.unknown");
    Http.Reply malformed = http.get("/entities/no-colon");
    isProblem(malformed, 400);
    assertThat(malformed.json().get("parameter").asString()).isEqualTo("id");
    isProblem(http.get("/entities/spaceship:x"), 400);
    isProblem(http.get("/nowhere"), 404);
    isProblem(http.send("PATCH", "/entities/agreement:api-get", new byte[0]), 405);
  }

  @Test
  void deleteKeepsTheHistory() {
    Http http = http();
    http.put("/entities/agreement:api-del", agreement("api-del", "Delete me"));
    http.put("/entities/agreement:api-del", agreement("api-del", "Delete me too"),
        "If-Match", "\"1\"");
    Http.Reply stale = http.delete("/entities/agreement:api-del", "If-Match", "\"1\"");
    isProblem(stale, 409);
    assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
    assertThat(http.delete("/entities/agreement:api-del", "If-Match", "\"2\"").status())
        .isEqualTo(204);
    isProblem(http.get("/entities/agreement:api-del"), 404);
    isProblem(http.delete("/entities/agreement:api-del"), 404);

    JsonNode history = http.get("/entities/agreement:api-del/history").json();
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("version").asLong()).isEqualTo(1);
    assertThat(history.get(0).get("entity").get("title").get("byLanguage").get("en").asString())
        .isEqualTo("Delete me");
    assertThat(history.get(1).get("deleted").asBoolean()).isFalse();
    assertThat(history.get(2).get("deleted").asBoolean()).isTrue();
    assertThat(history.get(2).get("entity").isNull()).isTrue();
    assertThat(history.get(2).get("changedAt").asString()).endsWith("Z");
    isProblem(http.get("/entities/agreement:never-there/history"), 404);

    // deleted, it can be created again
    assertThat(http.put("/entities/agreement:api-del", agreement("api-del", "Back"))
        .status()).isIn(200, 201);
  }

  @Test
  void pagesFollowEachOtherWithoutGapsOrRepeats() {
    Http http = http();
    long total = http.get("/entities?kind=person&limit=1").json().get("total").asLong();
    assertThat(total).isPositive();
    Set<String> seen = new HashSet<>();
    String next = "/entities?kind=person&limit=7";
    int pages = 0;
    while (next != null) {
      Http.Reply page = http.get(next);
      assertThat(page.status()).isEqualTo(200);
      for (JsonNode entity : page.json().get("entities")) {
        assertThat(entity.get("type").asString()).isEqualTo("person");
        assertThat(seen.add(entity.get("id").asString())).isTrue();
      }
      String link = page.header("Link");
      next = link == null ? null : link.substring(1, link.indexOf('>'));
      pages++;
    }
    assertThat(seen).hasSize((int) total);
    assertThat(pages).isEqualTo((int) ((total + 6) / 7));
    // the prefix of ids names a kind as well as the type does
    assertThat(http.get("/entities?kind=posting&limit=1").json().get("kind").asString())
        .isEqualTo("attache-posting");

    Http.Reply badKind = http.get("/entities?kind=spaceship");
    isProblem(badKind, 400);
    assertThat(badKind.json().get("parameter").asString()).isEqualTo("kind");
    assertThat(codes(badKind)).containsExactly(" kind.unknown");
    isProblem(http.get("/entities?limit=0"), 422);
    // each parameter out of bounds, a problem naming it
    Http.Reply both = http.get("/entities?limit=0&offset=-1");
    isProblem(both, 422);
    List<String> named = new ArrayList<>();
    both.json().get("problems").forEach(p -> named.add(p.get("parameter").asString() + " "
        + p.get("code").asString() + " " + p.get("value").asString()));
    assertThat(named).containsExactlyInAnyOrder("offset value.min -1", "limit value.min 0");
    assertThat(both.json().get("detail").asString()).doesNotContain("model")
        .contains("'offset'", "'limit'");
    isProblem(http.get("/entities?limit=10001"), 422);
    isProblem(http.get("/entities?offset=-1"), 422);
    isProblem(http.get("/entities?limit=ten"), 400);
  }

  @Test
  void theStreamHoldsWhatThePagesHold() {
    Http http = http();
    long total = http.get("/entities?limit=1").json().get("total").asLong();
    assertThat(everything().size()).isEqualTo(total);
    Http.Reply people = http.get("/entities?kind=person", "Accept", "application/x-ndjson");
    assertThat(people.text().lines()).allMatch(line -> line.startsWith("{\"type\":\"person\""));
    assertThat(people.text().lines().count()).isEqualTo(
        http.get("/entities?kind=person&limit=1").json().get("total").asLong());
    // a plain client (Accept */*) gets the JSON page
    assertThat(http.get("/entities?limit=1", "Accept", "*/*").contentType())
        .isEqualTo("application/json");
  }

  static List<String> codes(Http.Reply reply) {
    List<String> codes = new ArrayList<>();
    for (JsonNode problem : reply.json().get("problems")) {
      codes.add(problem.get("pointer").asString() + " " + problem.get("code").asString());
    }
    return codes;
  }
}
