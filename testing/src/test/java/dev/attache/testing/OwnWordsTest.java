package dev.attache.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.data.ReferenceDataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference dataset's summaries, notes, goals and results are in our own words: none repeats
 * a run of eight words of the articles. The articles are not part of the project; their runs of
 * eight words are, as fingerprints ({@code article-shingles.txt}).
 */
class OwnWordsTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> TEXTS = Set.of("summary", "notes", "goals", "results",
      "eligibility", "conditions", "otherDuties", "otherAreas");

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  static Set<String> fingerprints(String text) throws NoSuchAlgorithmException {
    List<String> words = words(text);
    Set<String> fingerprints = new HashSet<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (int i = 0; i + 8 <= words.size(); i++) {
      byte[] digest = sha.digest(String.join(" ", words.subList(i, i + 8))
          .getBytes(StandardCharsets.UTF_8));
      fingerprints.add(HexFormat.of().formatHex(digest).substring(0, 16));
    }
    return fingerprints;
  }

  static Set<String> articles() throws IOException {
    Set<String> fingerprints = new HashSet<>();
    try (InputStream in = OwnWordsTest.class.getResourceAsStream("/article-shingles.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          fingerprints.add(line.strip());
        }
      }
    }
    return fingerprints;
  }

  @Test
  void noSummaryOrNoteRepeatsEightWordsOfAnArticle() throws Exception {
    Set<String> articles = articles();
    assertThat(articles).hasSizeGreaterThan(2000);
    JsonNode document;
    try (InputStream in = ReferenceDataset.class.getResourceAsStream(ReferenceDataset.RESOURCE)) {
      document = JsonMapper.builder().build().readTree(in);
    }
    List<String> copied = new ArrayList<>();
    int checked = 0;
    for (JsonNode entity : document.get("entities")) {
      for (String name : TEXTS) {
        JsonNode value = entity.get(name);
        if (value == null) {
          continue;
        }
        for (JsonNode text : value.isArray() ? value : List.of(value)) {
          checked++;
          Set<String> shared = fingerprints(text.asString());
          shared.retainAll(articles);
          if (!shared.isEmpty()) {
            copied.add(entity.get("id").asString() + " " + name + ": " + text.asString());
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(copied).isEmpty();
  }

  @Test
  void theFingerprintsCatchACopiedRun() throws Exception {
    // a sentence of the nCa article of 13 October 2025, in another case and punctuation
    Set<String> copied = fingerprints("THE DUTIES of the Digital Attaché include supporting the"
        + " conclusion");
    copied.retainAll(articles());
    assertThat(copied).isNotEmpty();
  }
}
