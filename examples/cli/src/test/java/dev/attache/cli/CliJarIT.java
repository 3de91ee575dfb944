package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: a separate process. */
class CliJarIT {
  private static final Path JAR = Path.of("target", "attache.jar").toAbsolutePath();

  @TempDir
  Path dir;

  record Result(int status, String out, String err) {}

  private Result java(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
  }

  @Test
  void theReadmeFirstCommandPrintsTheReport() throws Exception {
    Result report = java("report");
    assertThat(report.status()).isZero();
    assertThat(report.out()).contains("reference dataset: 126 entities", "Attaché network");
    assertThat(report.err()).isEmpty();
  }

  @Test
  void theLauncherRunsTheJarWithTheArchiveTheBuildMadeAndSaysTheSame() throws Exception {
    Path launcher = Path.of("..", "..", "bin", "attache").toAbsolutePath().normalize();
    assertThat(Path.of("target", "attache.jsa")).as("the class-data archive").isRegularFile();
    assertThat(java("generate", "--count", "300", "--seed", "4", "--invalid-rate", "0.1",
        "--out", "mixed.ndjson").status()).isZero();
    Result direct = java("validate", "--threads", "2", "mixed.ndjson");
    Result launched = shell("JAVA_HOME='" + System.getProperty("java.home") + "' '" + launcher
        + "' validate mixed.ndjson");
    assertThat(launched.status()).isEqualTo(direct.status()).isEqualTo(1);
    assertThat(launched.out()).isEqualTo(direct.out()).contains("300 entities");
    assertThat(launched.err()).isEmpty();
    // an archive this Java cannot use (another jar, another build) is ignored without a word
    Path copy = Files.copy(JAR, dir.resolve("copy.jar"));
    Result stale = shell("'" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -XX:SharedArchiveFile='" + Path.of("target", "attache.jsa").toAbsolutePath()
        + "' -Xlog:cds=off -Xlog:cds+dynamic=off -jar '" + copy + "' validate mixed.ndjson");
    assertThat(stale.out()).isEqualTo(direct.out());
    assertThat(stale.err()).isEmpty();
  }

  /**
   * The archive must not keep hot code from being compiled. An archive made by a run that ended
   * with methods waiting for the compiler kept them waiting in every run that used it: Jackson's
   * tokenizer ran interpreted and a million lines took twice as long. The archive is made with
   * the compiler off, and a run with it compiles the tokenizer.
   */
  @Test
  void theArchiveLeavesTheHotCodeToTheCompiler() throws Exception {
    assertThat(java("generate", "--count", "50000", "--seed", "5", "--out", "many.ndjson")
        .status()).isZero();
    Result compiled = shell("'" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -XX:SharedArchiveFile='" + Path.of("target", "attache.jsa").toAbsolutePath()
        + "' -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+PrintCompilation -jar '" + JAR
        + "' validate many.ndjson");
    assertThat(compiled.status()).isZero();
    assertThat(compiled.out()).contains("50000 valid")
        .contains("tools.jackson.core.json.UTF8StreamJsonParser::nextToken");
  }

  @Test
  void generateThenValidateExitsZeroAndABrokenFileExitsOne() throws Exception {
    assertThat(java("generate", "--count", "5000", "--seed", "1", "--out", "data.ndjson").status())
        .isZero();
    Result valid = java("validate", "data.ndjson");
    assertThat(valid.status()).isZero();
    assertThat(valid.out()).contains("5000 valid, 0 invalid");
    Files.writeString(dir.resolve("broken.json"),
        "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"person\",\"id\":\"person:X\"}]}");
    Result broken = java("validate", "broken.json");
    assertThat(broken.status()).isEqualTo(1);
    assertThat(broken.out().lines()).containsExactly(
        "broken.json:1: /entities/0/id id.malformed: Invalid id 'person:X': the slug must be 1 to"
            + " 120 lower-case letters a-z and digits, in groups joined by single '-' or '.'",
        "broken.json:1: /entities/0/names json.property.missing: the required property 'names'"
            + " is missing",
        "checked 1 entity in 1 file: 0 valid, 1 invalid, 2 problems");
    assertThat(broken.err()).doesNotContain("Exception");
  }

  @Test
  void anInterruptedGenerationLeavesNoOutput() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "generate", "--count", "20000000", "--out", "big.ndjson");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (temporaries().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(temporaries()).as("the generation started").isNotEmpty();
    Thread.sleep(500);
    process.destroy(); // SIGTERM: what a user's Ctrl-C or a supervisor sends
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(dir.resolve("big.ndjson")).doesNotExist();
    assertThat(temporaries()).isEmpty();
  }

  /** Runs a shell command line in the test's directory, with {@code $JAR} set. */
  private Result shell(String script) throws Exception {
    Process process = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
  }

  private String jar() {
    return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '" + JAR + "'";
  }

  @Test
  void convertingIntoTheWorkingDirectoryOrItsParentIsRefusedAndDeletesNothing() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(dir.resolve("sibling.txt"), "keep");
    assertThat(java("generate", "--count", "5", "--out", "work/data.ndjson").status()).isZero();
    Files.writeString(work.resolve("other.txt"), "keep");
    for (String target : List.of(".", "..", "./", "../work", dir.toString())) {
      Result run = shell("cd work && " + jar() + " convert data.ndjson '" + target
          + "' --to csv --force");
      assertThat(run.status()).as(target).isEqualTo(2);
      assertThat(run.err()).as(target).contains("working directory");
      assertThat(work.resolve("data.ndjson")).as(target).exists();
      assertThat(Files.readString(work.resolve("other.txt"))).as(target).isEqualTo("keep");
      assertThat(Files.readString(dir.resolve("sibling.txt"))).as(target).isEqualTo("keep");
    }
  }

  @Test
  void aFullDeviceOrDiskIsAnIoErrorThatNamesTheOutput() throws Exception {
    for (String command : List.of("generate --count 10", "reference", "schema", "report")) {
      Result run = shell(jar() + " " + command + " > /dev/full");
      assertThat(run.status()).as(command).isEqualTo(2);
      assertThat(run.err()).as(command)
          .isEqualTo("attache: cannot write standard output: No space left on device\n");
    }
    // a file too large for the limit the shell sets: the write fails as on a full disk
    Result full = shell("ulimit -f 100; " + jar() + " generate --count 100000 --out big.ndjson");
    assertThat(full.status()).isEqualTo(2);
    assertThat(full.err()).isEqualTo("attache: cannot write 'big.ndjson': File too large\n");
    assertThat(dir.resolve("big.ndjson")).doesNotExist();
    assertThat(temporaries()).isEmpty();
  }

  @Test
  void aClosedPipeStopsGenerationPromptlyAndQuietly() throws Exception {
    // a trillion entities would take weeks: only stopping at the first failed write ends in time
    Result run = shell(jar() + " generate --count 1000000000000 | head -c 100 > /dev/null;"
        + " echo \"${PIPESTATUS[0]}\"");
    assertThat(run.out().trim()).isEqualTo("141");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void runningOutOfMemoryIsAnInternalErrorNotProblemsFound() throws Exception {
    assertThat(java("generate", "--count", "300000", "--out", "data.ndjson").status()).isZero();
    // a report holds the whole dataset: in a tiny heap it cannot
    Result run = shell("'" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -Xmx48m -jar '" + JAR + "' report data.ndjson");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("attache: internal error: out of memory");
    // a stream is validated in flat memory: the same heap is enough
    Result validate = shell("'" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -Xmx48m -jar '" + JAR + "' validate data.ndjson");
    assertThat(validate.status()).as(validate.err()).isZero();
  }

  private List<Path> temporaries() throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
