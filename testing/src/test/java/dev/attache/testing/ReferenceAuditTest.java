package dev.attache.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.data.ReferenceDataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fact-by-fact audit of the reference dataset ({@code reference-audit.tsv}): every fact an
 * article states, in our words, with the entity that holds it and the value it holds. A fact whose
 * value changes, an entity that stops citing its article, or an entity no fact supports fails here.
 */
class ReferenceAuditTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One row of the audit. */
  record Fact(int line, String article, String entity, String pointer, String value,
      String text) {
    @Override
    public String toString() {
      return "line " + line + " (" + entity + " " + pointer + ")";
    }
  }

  private static List<Fact> facts;
  private static Map<String, JsonNode> entities;

  @BeforeAll
  static void load() throws IOException {
    facts = new ArrayList<>();
    try (InputStream in = ReferenceAuditTest.class.getResourceAsStream("/reference-audit.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      boolean header = true;
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] cells = lines[i].split("\t", -1);
        assertThat(cells).as("line %d", i + 1).hasSize(5);
        if (header) {
          assertThat(cells).containsExactly("article", "entity", "pointer", "value", "fact");
          header = false;
          continue;
        }
        facts.add(new Fact(i + 1, cells[0], cells[1], cells[2], cells[3], cells[4]));
      }
    }
    entities = new LinkedHashMap<>();
    try (InputStream in = ReferenceDataset.class.getResourceAsStream(ReferenceDataset.RESOURCE)) {
      for (JsonNode entity : JSON.readTree(in).get("entities")) {
        entities.put(entity.get("id").asString(), entity);
      }
    }
  }

  @Test
  void everyFactIsHeldWhereTheAuditSaysWithTheValueItSays() {
    List<String> wrong = new ArrayList<>();
    for (Fact fact : facts) {
      JsonNode entity = entities.get(fact.entity());
      if (entity == null) {
        wrong.add(fact + ": no such entity");
        continue;
      }
      JsonNode held = entity.at(fact.pointer());
      JsonNode expected = JSON.readTree(fact.value());
      boolean found = held.isArray() && !expected.isArray()
          ? held.valueStream().anyMatch(expected::equals)
          : held.equals(expected);
      if (!found) {
        wrong.add(fact + ": holds " + (held.isMissingNode() ? "nothing" : held) + ", audit says "
            + expected);
      }
    }
    assertThat(facts).hasSizeGreaterThan(150);
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyFactRestsOnAnArticleItsEntityCites() {
    Set<String> articles = new HashSet<>();
    entities.values().stream().filter(e -> e.get("type").asString().equals("source"))
        .forEach(e -> articles.add(e.get("id").asString()));
    List<String> uncited = new ArrayList<>();
    for (Fact fact : facts) {
      assertThat(articles).as(fact.toString()).contains(fact.article());
      JsonNode entity = entities.get(fact.entity());
      boolean cites = fact.entity().equals(fact.article()) || entity != null
          && entity.get("sources").valueStream().anyMatch(s -> s.asString()
              .equals(fact.article()));
      if (!cites) {
        uncited.add(fact + " does not cite " + fact.article());
      }
    }
    assertThat(uncited).isEmpty();
  }

  @Test
  void everyEntityAndEveryArticleIsSupportedByFacts() {
    Set<String> audited = new HashSet<>();
    Map<String, Integer> perArticle = new TreeMap<>();
    for (Fact fact : facts) {
      audited.add(fact.entity());
      perArticle.merge(fact.article(), 1, Integer::sum);
    }
    assertThat(entities.keySet()).allSatisfy(id -> assertThat(audited).as(id).contains(id));
    assertThat(perArticle).hasSize(5).allSatisfy((article, count) ->
        assertThat(count).as(article).isGreaterThanOrEqualTo(15));
  }

  @Test
  void theFactsAreInOurOwnWords() throws Exception {
    Set<String> articles = OwnWordsTest.articles();
    List<String> copied = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Fact fact : facts) {
      assertThat(fact.text()).as(fact.toString()).isNotBlank();
      assertThat(seen.add(fact.text())).as("repeated: " + fact).isTrue();
      Set<String> shared = OwnWordsTest.fingerprints(fact.text());
      shared.retainAll(articles);
      if (!shared.isEmpty()) {
        copied.add(fact + ": " + fact.text());
      }
    }
    assertThat(copied).isEmpty();
  }
}
