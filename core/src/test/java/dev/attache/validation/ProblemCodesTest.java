package dev.attache.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of codes is complete: every code in the source has messages and documentation. */
class ProblemCodesTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemCodesTest.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** Codes named in the main source: message keys and invariant codes. */
  private static Set<String> codesInSource() throws IOException {
    Pattern key = Pattern.compile("\"\\{([a-z][a-z.-]+)}\"|(?:fail|InvalidValueException)\\(\"([a-z][a-z.-]+)\"");
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MODULE.resolve("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
          codes.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    codes.removeIf(c -> c.endsWith(".rules")); // default templates, never reported
    return codes;
  }

  @Test
  void everyMessageHasARussianTranslation() throws IOException {
    assertThat(bundle("ValidationMessages_ru.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(bundle("ValidationMessages.properties").keySet());
  }

  @Test
  void everyConstraintCodeInTheSourceHasAMessage() throws IOException {
    Set<String> constraintCodes = new TreeSet<>();
    for (String code : codesInSource()) {
      if (!isInvariantCode(code)) {
        constraintCodes.add(code);
      }
    }
    assertThat(bundle("ValidationMessages.properties").stringPropertyNames())
        .containsAll(constraintCodes);
  }

  @Test
  void everyCodeIsDocumented() throws IOException {
    String doc = Files.readString(MODULE.resolve("PROBLEMS.md"));
    Set<String> all = new TreeSet<>(codesInSource());
    all.addAll(bundle("ValidationMessages.properties").stringPropertyNames());
    assertThat(all).isNotEmpty().allSatisfy(code -> assertThat(doc).contains("`" + code + "`"));
  }

  private static boolean isInvariantCode(String code) {
    return Stream.of("country.", "date.", "period.", "names.", "id.", "money.", "quantity.",
        "place.", "party.", "decimal.", "problem.", "attributes.").anyMatch(code::startsWith);
  }
}
