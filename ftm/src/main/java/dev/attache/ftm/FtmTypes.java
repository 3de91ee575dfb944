package dev.attache.ftm;

import java.util.Map;
import java.util.Set;

/**
 * What the export needs to know of FtM's types, in one place: the type of each property it
 * writes, the longest value FtM's model allows of a type, and the languages FtM knows. Taken from
 * the model of FtM 3.8 ({@code defaultModel.json}); the tests check them against it.
 */
final class FtmTypes {
  /** The FtM type of each property the mapping writes. */
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("name", "name"), Map.entry("alias", "name"), Map.entry("title", "string"),
      Map.entry("country", "country"), Map.entry("citizenship", "country"),
      Map.entry("parent", "entity"), Map.entry("proof", "entity"),
      Map.entry("member", "entity"), Map.entry("organization", "entity"),
      Map.entry("holder", "entity"), Map.entry("post", "entity"),
      Map.entry("project", "entity"), Map.entry("participant", "entity"),
      Map.entry("authority", "entity"), Map.entry("organizer", "entity"),
      Map.entry("involved", "entity"),
      Map.entry("startDate", "date"), Map.entry("endDate", "date"), Map.entry("date", "date"),
      Map.entry("publishedAt", "date"), Map.entry("contractDate", "date"),
      Map.entry("incorporationDate", "date"), Map.entry("dissolutionDate", "date"),
      Map.entry("notes", "text"), Map.entry("summary", "text"), Map.entry("description", "text"),
      Map.entry("classification", "string"), Map.entry("role", "string"),
      Map.entry("status", "string"), Map.entry("type", "string"), Map.entry("author", "string"),
      Map.entry("publisher", "string"), Map.entry("sourceUrl", "url"),
      Map.entry("language", "language"), Map.entry("location", "address"),
      Map.entry("amount", "number"), Map.entry("currency", "string"));

  /** The longest value of each type, in characters; FtM refuses or cuts longer ones. */
  private static final Map<String, Integer> MAX_LENGTHS = Map.ofEntries(
      Map.entry("address", 250), Map.entry("country", 16), Map.entry("date", 32),
      Map.entry("entity", 200), Map.entry("language", 16), Map.entry("name", 384),
      Map.entry("number", 250), Map.entry("string", 1024), Map.entry("text", 65_000),
      Map.entry("url", 4096));

  /** FtM's languages, ISO 639-3: a value in another language goes out without one. */
  private static final Set<String> LANGUAGES = Set.of("afr", "ara", "aze", "bel", "ben", "bos",
      "bul", "cat", "ces", "cnr", "dan", "deu", "ell", "eng", "est", "fas", "fil", "fin", "fra",
      "heb", "hin", "hrv", "hun", "hye", "ind", "isl", "ita", "jpn", "kan", "kat", "kaz", "khm",
      "kir", "kor", "lav", "lit", "ltz", "mkd", "mlt", "mon", "msa", "mya", "nep", "nld", "nor",
      "pol", "por", "ron", "rus", "slk", "slv", "spa", "sqi", "srp", "swa", "swe", "tgk", "tgl",
      "tuk", "tur", "ukr", "urd", "uzb", "zho");

  private FtmTypes() {
  }

  /** The FtM type of a property the mapping writes; {@code string} for any other. */
  static String of(String property) {
    return TYPES.getOrDefault(property, "string");
  }

  /** The longest value FtM allows of a property, in characters (code points). */
  static int maxLength(String property) {
    return MAX_LENGTHS.get(of(property));
  }

  /** Whether FtM knows a language (an ISO 639-3 code). */
  static boolean isLanguage(String code) {
    return LANGUAGES.contains(code);
  }

  /** Every property the mapping writes, for the tests. */
  static Set<String> properties() {
    return TYPES.keySet();
  }

  /** Every language FtM knows, for the tests. */
  static Set<String> languages() {
    return LANGUAGES;
  }

  /** Every type's longest value, for the tests. */
  static Map<String, Integer> maxLengths() {
    return MAX_LENGTHS;
  }
}
