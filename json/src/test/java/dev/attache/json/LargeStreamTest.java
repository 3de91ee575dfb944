package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads a stream of several hundred megabytes, made on the fly, in a separate JVM with a 32 MB
 * heap: it completes, reads every line, and its heap stays under the limit.
 */
@Tag("slow")
class LargeStreamTest {
  private static final long MEGABYTES = Long.getLong("attache.large.megabytes", 300);

  @Test
  void aStreamOfHundredsOfMegabytesIsReadInA32MegabyteHeap() throws Exception {
    String classpath = String.join(File.pathSeparator, entries("jdk.module.path"),
        entries("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx32m", "-XX:+UseSerialGC",
        "-cp", classpath, LargeStreamCheck.class.getName(), Long.toString(MEGABYTES)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished in time").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    Matcher numbers = Pattern.compile("entities=(\\d+) invalid=(\\d+)").matcher(output);
    assertThat(numbers.find()).as(output).isTrue();
    long lineBytes = LargeStreamCheck.lines(Samples.all()).length;
    long rounds = (MEGABYTES << 20) / lineBytes;
    assertThat(Long.parseLong(numbers.group(1))).isGreaterThanOrEqualTo(rounds * Samples.all().size());
    assertThat(Long.parseLong(numbers.group(2))).isGreaterThanOrEqualTo(rounds);
    System.out.println("[large stream] " + output.trim());
  }

  @Test
  void millionsOfBadEntitiesInADocumentAreReadInA64MegabyteHeap() throws Exception {
    String classpath = String.join(File.pathSeparator, entries("jdk.module.path"),
        entries("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-XX:+UseSerialGC", "-cp",
        classpath, HugeDocumentCheck.class.getName(), "12").redirectErrorStream(true).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    long entities = (12L << 20) / 3 + 1;
    assertThat(output).contains("problems=" + entities + " listed=10001 invalid=" + entities
        + " complete=true streamed_problems=" + entities);
  }

  private static String entries(String property) {
    String value = System.getProperty(property, "");
    return value.isEmpty() ? "." : value;
  }
}
