package dev.attache.cli;

import static dev.attache.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.cli.CliTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool never loses a file, never reports success after a failed write, and never lets input
 * forge a line of its output: one test per way it once could. (Cases that need the working
 * directory or a real pipe are in {@code CliJarIT}, which runs the tool in a directory of its own.)
 */
class NoDataLostTest {
  @TempDir
  Path dir;

  private Path data() throws IOException {
    Path data = dir.resolve("data.ndjson");
    assertThat(run("generate", "--count", "20", "--seed", "3", "--out", data.toString()).status())
        .isZero();
    return data;
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  // ---------------------------------------------------------------- outputs that overlap inputs

  @Test
  void aCsvDirectoryThatContainsTheInputIsRefusedAndNothingIsTouched() throws IOException {
    Path data = data();
    Files.writeString(dir.resolve("other.txt"), "keep");
    List<String> before = listing();
    Run run = run("convert", data.toString(), dir.toString(), "--to", "csv", "--force");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("contains the input");
    assertThat(listing()).isEqualTo(before);
    assertThat(run("convert", data.toString(), dir.getParent().toString(), "--to", "csv",
        "--force").status()).isEqualTo(2);
    assertThat(listing()).isEqualTo(before);
  }

  @Test
  void convertingAFileOntoItselfIsRefusedThroughAnyPathOrLink() throws IOException {
    Path data = data();
    Files.writeString(data, Files.readString(data) + "not json\n"); // an invalid line to lose
    byte[] before = Files.readAllBytes(data);
    Files.createDirectories(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link.ndjson"), data);
    Path hard = Files.createLink(dir.resolve("hard.ndjson"), data);
    for (String out : List.of(data.toString(), dir.resolve("sub/../data.ndjson").toString(),
        link.toString(), hard.toString())) {
      Run run = run("convert", data.toString(), out, "--force");
      assertThat(run.status()).as(out).isEqualTo(2);
      assertThat(run.err()).as(out).contains("is the input");
      assertThat(Files.readAllBytes(data)).as(out).isEqualTo(before);
    }
  }

  @Test
  void aFileOutputOntoADirectoryIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("out.ndjson"));
    Run run = run("generate", "--count", "5", "--out", dir.resolve("out.ndjson").toString(),
        "--force");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("is a directory");
  }

  // ---------------------------------------------------------------- writes that fail

  /** Standard output that fails as a full disk or a closed pipe does. */
  private static OutputStream failing(String reason, int[] writes) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        writes[0]++;
        throw new IOException(reason);
      }
    };
  }

  private static Run runInto(OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = AttacheCli.run(args, out, err, false);
    return new Run(status, "", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFailedWriteToStandardOutputExitsTwoWithTheReasonForEveryCommand() throws IOException {
    Path data = data();
    for (String[] command : List.of(new String[] {"generate", "--count", "10"},
        new String[] {"reference"}, new String[] {"schema"}, new String[] {"report"},
        new String[] {"validate", data.toString()})) {
      Run run = runInto(failing("No space left on device", new int[1]), command);
      assertThat(run.status()).as(command[0]).isEqualTo(2);
      assertThat(run.err()).as(command[0])
          .isEqualTo("attache: cannot write standard output: No space left on device\n");
    }
  }

  @Test
  void aClosedPipeStopsTheCommandAtOnceAndQuietly() {
    int[] writes = new int[1];
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Run run = runInto(failing("Broken pipe", writes), "generate", "--count", "100000000");
      assertThat(run.status()).isEqualTo(ExitCodes.CLOSED_PIPE);
      assertThat(run.err()).isEmpty();
    });
    // the failed write, and at most the flushes of closing: not the rest of the entities
    assertThat(writes[0]).as("writes tried after the pipe closed").isLessThanOrEqualTo(3);
  }

  // ---------------------------------------------------------------- replacing only with --force

  @Test
  void aFileThatAppearsWhileTheCommandRunsIsNotReplaced() throws IOException {
    Path target = dir.resolve("out.ndjson");
    try (AtomicOutput output = AtomicOutput.file(target, false, List.of())) {
      output.stream().write("new".getBytes(StandardCharsets.UTF_8));
      Files.writeString(target, "appeared");
      assertThatThrownBy(output::commit).isInstanceOf(CliException.class)
          .hasMessageContaining("was created while the command ran");
    }
    assertThat(Files.readString(target)).isEqualTo("appeared");
    assertThat(listing()).containsExactly("", "out.ndjson");
  }

  @Test
  void aDirectoryThatAppearsWhileTheCommandRunsIsNotReplaced() throws IOException {
    Path target = dir.resolve("tables");
    try (AtomicOutput output = AtomicOutput.directory(target, false, List.of())) {
      Files.writeString(output.directory().resolve("person.csv"), "new");
      Files.createDirectories(target);
      Files.writeString(target.resolve("mine.txt"), "keep");
      assertThatThrownBy(output::commit).isInstanceOf(CliException.class)
          .hasMessageContaining("was created while the command ran");
    }
    assertThat(listing()).containsExactly("", "tables", "tables/mine.txt");
  }

  @Test
  void forceOnADirectoryReplacesOnlyTheFilesWrittenAndDeletesNothingElse() throws IOException {
    Path stream = dir.resolve("reference.ndjson");
    Files.writeString(stream, run("reference", "--format", "ndjson").out());
    Path tables = dir.resolve("tables");
    Files.createDirectories(tables.resolve("notes"));
    Files.writeString(tables.resolve("mine.txt"), "keep");
    Files.writeString(tables.resolve("notes/n.txt"), "keep");
    Files.writeString(tables.resolve("person.csv"), "old");
    Run refused = run("convert", stream.toString(), tables.toString(), "--to", "csv");
    assertThat(refused.status()).isEqualTo(2);
    assertThat(Files.readString(tables.resolve("person.csv"))).isEqualTo("old");
    Run forced = run("convert", stream.toString(), tables.toString(), "--to", "csv", "--force");
    assertThat(forced.status()).as(forced.err()).isZero();
    assertThat(Files.readString(tables.resolve("mine.txt"))).isEqualTo("keep");
    assertThat(Files.readString(tables.resolve("notes/n.txt"))).isEqualTo("keep");
    assertThat(Files.readString(tables.resolve("person.csv"))).startsWith("id,names");
    assertThat(listing()).noneMatch(name -> name.endsWith(".tmp"));
  }

  @Test
  void outputsGetThePermissionsAPlainWriteWouldGive() throws IOException {
    Path fresh = dir.resolve("fresh.ndjson");
    assertThat(run("generate", "--count", "5", "--out", fresh.toString()).status()).isZero();
    Path plain = Files.createFile(dir.resolve("plain.txt")); // what the umask gives
    assertThat(Files.getPosixFilePermissions(fresh))
        .isEqualTo(Files.getPosixFilePermissions(plain));
    Path existing = dir.resolve("existing.ndjson");
    Files.writeString(existing, "old");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));
    assertThat(run("generate", "--count", "5", "--out", existing.toString(), "--force").status())
        .isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
        .isEqualTo("rw-r-----");
    Path tables = dir.resolve("tables");
    assertThat(run("convert", fresh.toString(), tables.toString(), "--to", "csv").status())
        .isZero();
    Path plainDirectory = Files.createDirectory(dir.resolve("plain"));
    assertThat(Files.getPosixFilePermissions(tables))
        .isEqualTo(Files.getPosixFilePermissions(plainDirectory));
  }

  // ---------------------------------------------------------------- what a conversion keeps

  @Test
  void anEntityOnTheFirstLineIsNeverTakenForAHeader() throws IOException {
    Path data = data();
    List<String> lines = Files.readAllLines(data);
    Files.write(data, Stream.concat(Stream.of("{\"format\":\"attache/1\"," + lines.get(0)
        .substring(1)), lines.stream().skip(1)).toList());
    Path out = dir.resolve("out.ndjson");
    assertThat(run("convert", data.toString(), out.toString()).status()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(20).first().asString()
        .contains("\"format\":\"attache/1\"");
    Run strict = run("validate", data.toString());
    assertThat(strict.lines().get(0)).contains(":1: /format json.property.unknown");
  }

  @Test
  void convertKeepsDocumentAndHeaderPropertiesThisVersionDoesNotKnow() throws IOException {
    Path document = dir.resolve("in.json");
    Files.writeString(document, "{\"format\":\"attache/1\",\"generatedBy\":{\"tool\":\"x\"},"
        + "\"entities\":[{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":"
        + "{\"en\":\"P\"}},\"born\":1970}]}");
    Path stream = dir.resolve("out.ndjson");
    Path back = dir.resolve("back.json");
    assertThat(run("convert", document.toString(), stream.toString()).status()).isZero();
    assertThat(Files.readAllLines(stream)).containsExactly(
        "{\"format\":\"attache/1\",\"generatedBy\":{\"tool\":\"x\"}}",
        "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}},"
            + "\"born\":1970}");
    assertThat(run("convert", stream.toString(), back.toString()).status()).isZero();
    assertThat(Files.readString(back)).contains("\"generatedBy\":{\"tool\":\"x\"}",
        "\"born\":1970");
    // CSV has no column for them: the entity is reported, not silently cut down
    Run csv = run("convert", stream.toString(), dir.resolve("tables").toString(), "--to", "csv");
    assertThat(csv.status()).isEqualTo(1);
    assertThat(csv.err()).contains("/born json.property.unknown", "/generatedBy json.property.unknown");
  }

  // ---------------------------------------------------------------- read errors are I/O errors

  @Test
  void aDirectoryAsInputIsAnIoErrorForEveryCommandThatReads() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder.json"));
    for (String command : List.of("validate", "report")) {
      Run run = run(command, folder.toString());
      assertThat(run.status()).as(command).isEqualTo(2);
      assertThat(run.err()).as(command).contains("is a directory");
    }
    Run convert = run("convert", folder.toString(), dir.resolve("out.ndjson").toString());
    assertThat(convert.status()).isEqualTo(2);
    assertThat(dir.resolve("out.ndjson")).doesNotExist();
    // beside a file that reads, the summary counts the files read and says which were not
    Path good = dir.resolve("good.ndjson");
    Files.writeString(good, run("reference", "--format", "ndjson").out());
    Run both = run("validate", good.toString(), dir.resolve("missing.ndjson").toString());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.out()).contains("checked 126 entities in 1 file: 126 valid, 0 invalid,"
        + " 0 problems; 1 file could not be read");
  }

  @Test
  void aDocumentCutShortIsNotConvertedNorReportedOn() throws IOException {
    Path whole = dir.resolve("whole.json");
    Files.writeString(whole, run("reference").out());
    String text = Files.readString(whole);
    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, text.substring(0, text.length() / 2));
    Path out = dir.resolve("out.ndjson");
    Run convert = run("convert", cut.toString(), out.toString());
    assertThat(convert.status()).isEqualTo(1);
    assertThat(convert.err()).contains("json.syntax", "nothing written");
    assertThat(out).doesNotExist();
    assertThat(listing()).noneMatch(name -> name.endsWith(".tmp"));
    Run report = run("report", cut.toString());
    assertThat(report.status()).isEqualTo(1);
    assertThat(report.err()).contains("could not be read to its end");
    assertThat(report.out()).isEmpty();
  }

  // ---------------------------------------------------------------- output that input could forge

  @Test
  void noInputCanForgeALineOfTheReportOrOfAProblemList() throws IOException {
    String forged = "x\\n2026-01-01 forged row\\u2028also\\r\\u202Eevil";
    Path data = dir.resolve("evil\u2028name.ndjson");
    Files.writeString(data, String.join("\n",
        "{\"type\":\"source\",\"id\":\"source:s\",\"language\":\"en\",\"outlet\":\"" + forged
            + "\"}",
        "{\"type\":\"organization\",\"id\":\"org:r\",\"names\":{\"byLanguage\":{\"en\":"
            + "\"R\\u2028forged\\u202E\"}},\"kind\":\"MINISTRY\",\"country\":\"RU\"}",
        "{\"type\":\"event\",\"id\":\"event:e\",\"kind\":\"MEETING\",\"date\":{\"date\":"
            + "\"2025\",\"qualifier\":\"EXACT\"},\"place\":{\"country\":\"TM\"},"
            + "\"organizations\":[\"org:r\"],\"summary\":\"" + forged
            + "\",\"sources\":[\"source:s\"]}",
        "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}},"
            + "\"x\u2029\u202E\":1}"));
    Run report = run("report", data.toString(), "--between", "RU", "TM");
    assertThat(report.out()).contains("4 entities", "event:e")
        .doesNotContain("\r", "\u2028", "\u202E")
        .contains("\\u2028", "\\u202E");
    assertThat(report.out().lines()).noneMatch(line -> line.startsWith("2026-01-01 forged"));
    // as JSON, a text is the text, escaped once by JSON itself, as titles are
    Run json = run("report", data.toString(), "--between", "RU", "TM", "--format", "json");
    assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.out())
        .at("/timeline/0/label").asText()).isEqualTo("x\n2026-01-01 forged row\u2028also\r\u202Eevil");
    Run validate = run("validate", data.toString());
    assertThat(validate.lines()).hasSize(2).first().asString()
        .contains("\\u2029\\u202E json.property.unknown");
    assertThat(validate.out()).doesNotContain("\u2028", "\u2029", "\u202E");
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralisedAndListsSplitBackExactly()
      throws IOException {
    Path data = dir.resolve("in.ndjson");
    Files.writeString(data, "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":"
        + "{\"en\":\"P\"}},\"notes\":[\"=HYPERLINK(\\\"http://x\\\")\",\"a | b\",\"c\\\\\"]}\n"
        + "{\"type\":\"person\",\"id\":\"person:q\",\"names\":{\"byLanguage\":{\"en\":\"Q\"}},"
        + "\"notes\":[\"a\",\"b | c\"]}\n");
    Path tables = dir.resolve("tables");
    assertThat(run("convert", data.toString(), tables.toString(), "--to", "csv").status())
        .isZero();
    List<String> rows = Files.readAllLines(tables.resolve("person.csv"));
    assertThat(rows.get(1)).contains("\"'=HYPERLINK(\"\"http://x\"\") | a \\| b | c\\\\\"");
    assertThat(rows.get(2)).contains("a | b \\| c");
    Path raw = dir.resolve("raw");
    assertThat(run("convert", data.toString(), raw.toString(), "--to", "csv", "--csv-raw")
        .status()).isZero();
    assertThat(Files.readAllLines(raw.resolve("person.csv")).get(1)).contains("\"=HYPERLINK(");
  }

  // ---------------------------------------------------------------- paths as the system sees them

  @Test
  void aPathThroughALinkAndDotDotIsTheFileTheSystemWouldWrite() throws IOException {
    Path here = Files.createDirectories(dir.resolve("here"));
    Path there = Files.createDirectories(dir.resolve("x/y"));
    Files.writeString(here.resolve("victim.ndjson"), "mine");
    Files.writeString(dir.resolve("x/victim.ndjson"), "theirs");
    Path link = Files.createSymbolicLink(here.resolve("ly"), there);
    // here/ly/.. is x (the system follows the link first), not here
    Run run = run("generate", "--count", "3", "--out", link + "/../victim.ndjson", "--force");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(here.resolve("victim.ndjson"))).isEqualTo("mine");
    assertThat(Files.readAllLines(dir.resolve("x/victim.ndjson"))).hasSize(3);
    // the same holds for the input: x holds it, whichever way it is named
    Path input = dir.resolve("x/in.ndjson");
    assertThat(run("generate", "--count", "3", "--out", input.toString()).status()).isZero();
    Run csv = run("convert", link + "/../in.ndjson", dir.resolve("x").toString(), "--to", "csv",
        "--force");
    assertThat(csv.status()).isEqualTo(2);
    assertThat(csv.err()).contains("contains the input");
  }

  @Test
  void aLinkToAFileIsWrittenThroughAndAPipeOrDeviceIsNeverReplaced() throws Exception {
    Path real = dir.resolve("real.ndjson");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.ndjson"), real);
    assertThat(run("generate", "--count", "3", "--out", link.toString(), "--force").status())
        .isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(real)).hasSize(3);
    Path fifo = dir.resolve("pipe.ndjson");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Run run = run("generate", "--count", "3", "--out", fifo.toString(), "--force");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("not a regular file");
    assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void forceOntoADirectoryReplacesNothingWhenOneFileCannotBeReplaced() throws IOException {
    Path stream = dir.resolve("reference.ndjson");
    Files.writeString(stream, run("reference", "--format", "ndjson").out());
    Path tables = Files.createDirectories(dir.resolve("tables"));
    Files.writeString(tables.resolve("person.csv"), "old");
    Files.createDirectories(tables.resolve("source.csv")); // not a file to replace
    Run run = run("convert", stream.toString(), tables.toString(), "--to", "csv", "--force");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'" + tables.resolve("source.csv") + "' is not a regular file",
        "nothing in '" + tables + "' was replaced");
    assertThat(Files.readString(tables.resolve("person.csv"))).isEqualTo("old");
    assertThat(listing()).noneMatch(name -> name.endsWith(".tmp"));
  }

  @Test
  void forceOntoADirectoryPutsBackWhatItReplacedWhenALaterFileFails() throws IOException {
    Path stream = dir.resolve("reference.ndjson");
    Files.writeString(stream, run("reference", "--format", "ndjson").out());
    Path tables = Files.createDirectories(dir.resolve("tables"));
    Files.writeString(tables.resolve("agreement.csv"), "old agreements");
    Files.writeString(tables.resolve("source.csv"), "old sources");
    Files.writeString(tables.resolve("mine.txt"), "not the command's");
    // a file that cannot be replaced, as one owned by another user in a sticky directory, or
    // immutable: the files before it in order (agreement, attache-posting, …) are replaced first
    AtomicOutput.Replacer plain = AtomicOutput.replacer;
    AtomicOutput.replacer = (from, to) -> {
      if (to.getFileName().toString().equals("source.csv")) {
        throw new java.nio.file.AccessDeniedException(to.toString(), null,
            "Operation not permitted");
      }
      plain.replace(from, to);
    };
    Run run;
    try {
      run = run("convert", stream.toString(), tables.toString(), "--to", "csv", "--force");
    } finally {
      AtomicOutput.replacer = plain;
    }
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'" + tables.resolve("source.csv") + "'",
        "nothing in '" + tables + "' was replaced");
    try (java.util.stream.Stream<Path> left = Files.list(tables)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("agreement.csv", "source.csv", "mine.txt");
    }
    assertThat(Files.readString(tables.resolve("agreement.csv"))).isEqualTo("old agreements");
    assertThat(Files.readString(tables.resolve("source.csv"))).isEqualTo("old sources");
    assertThat(listing()).noneMatch(name -> name.endsWith(".tmp"));
    // and when nothing fails, all of them are replaced and what is not the command's stays
    assertThat(run("convert", stream.toString(), tables.toString(), "--to", "csv", "--force")
        .status()).isZero();
    assertThat(Files.readString(tables.resolve("source.csv"))).startsWith("id,");
    assertThat(Files.readString(tables.resolve("mine.txt"))).isEqualTo("not the command's");
    assertThat(listing()).noneMatch(name -> name.endsWith(".tmp"));
  }

  @Test
  void aLongOutputNameStillHasRoomForItsTemporary() throws IOException {
    Path out = dir.resolve("d".repeat(240) + ".ndjson");
    Run run = run("generate", "--count", "3", "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(3);
  }

  @Test
  void aPathWithNoFileNameIsAUsageError() {
    for (String[] command : List.of(new String[] {"validate", "/"},
        new String[] {"generate", "--count", "1", "--out", "/"})) {
      Run run = run(command);
      assertThat(run.status()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(run.err()).doesNotContain("internal error");
    }
  }

  // ---------------------------------------------------------------- one failure, one message

  @Test
  void aFailedWriteWhileReadingIsReportedOnceAsAWriteFailure() throws IOException {
    Path bad = dir.resolve("bad.ndjson");
    Files.writeString(bad, "not json\nnot json either\n");
    Run full = runInto(failing("No space left on device", new int[1]), "validate",
        bad.toString(), bad.toString());
    assertThat(full.status()).isEqualTo(2);
    assertThat(full.err()).isEqualTo("attache: cannot write standard output: No space left on"
        + " device\n");
    Run pipe = runInto(failing("Broken pipe", new int[1]), "validate", bad.toString());
    assertThat(pipe.status()).isEqualTo(ExitCodes.CLOSED_PIPE);
    assertThat(pipe.err()).isEmpty();
  }

  @Test
  void helpAndVersionThatCannotBeWrittenEndLikeEveryOtherFailedWrite() {
    for (String option : List.of("--help", "--version")) {
      Run full = runInto(failing("No space left on device", new int[1]), option);
      assertThat(full.status()).as(option).isEqualTo(2);
      assertThat(full.err()).as(option)
          .isEqualTo("attache: cannot write standard output: No space left on device\n");
      Run pipe = runInto(failing("Broken pipe", new int[1]), "generate", option);
      assertThat(pipe.status()).as(option).isEqualTo(ExitCodes.CLOSED_PIPE);
      assertThat(pipe.err()).as(option).isEmpty();
    }
  }

  @Test
  void argumentsQuotedInUsageErrorsCannotForgeALine() {
    Run run = run("convert", "data.ndjson", "x\nattache: forged\u2028line");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).noneMatch(line -> line.startsWith("attache: forged"));
    assertThat(run.err()).doesNotContain("\u2028");
    Run unknown = run("report", "--between", "RU", "TM", "--frob\nattache: forged");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err().lines()).noneMatch(line -> line.startsWith("attache: forged"));
  }

  // ---------------------------------------------------------------- containers read back as they were

  @Test
  void aWholeDocumentOnOneStreamLineIsReportedNotDropped() throws IOException {
    Path line = dir.resolve("one.ndjson");
    Files.writeString(line, "{\"format\":\"attache/1\",\"entities\":[{\"type\":\"person\","
        + "\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":\"P\"}}}]}\n");
    Run validate = run("validate", "--lenient", line.toString());
    assertThat(validate.status()).isEqualTo(1);
    assertThat(validate.out()).contains("/entities json.format");
    Run convert = run("convert", line.toString(), dir.resolve("one.json").toString());
    assertThat(convert.status()).isEqualTo(1);
    assertThat(convert.err()).contains("json.format");
  }

  @Test
  void aDocumentsOwnTypeIsReportedRatherThanWrittenIntoAHeader() throws IOException {
    Path document = dir.resolve("typed.json");
    Files.writeString(document, "{\"format\":\"attache/1\",\"type\":\"source\","
        + "\"entities\":[]}");
    Path out = dir.resolve("typed.ndjson");
    Run run = run("convert", document.toString(), out.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("/type json.property.unknown");
    assertThat(Files.readAllLines(out)).doesNotContain("{\"format\":\"attache/1\",\"type\":"
        + "\"source\"}");
  }

  @Test
  void aDocumentCutShortCountsTheBadEntitiesBeforeTheBreak() throws IOException {
    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, "{\"format\":\"attache/1\",\"entities\":[{},{},"
        + "{\"type\":\"person\",\"id\":\"person:p\",\"names\":{\"byLanguage\":{\"en\":"
        + "\"P\"}}},{\"type\":\"pers");
    Run run = run("validate", cut.toString());
    assertThat(run.lines().get(run.lines().size() - 1))
        .startsWith("checked 4 entities in 1 file: 1 valid, 3 invalid");
  }

  // ---------------------------------------------------------------- the version

  @Test
  void theVersionComesFromTheBuildAndTheLibrary() {
    assertThat(run("--version").out().trim()).isEqualTo("attache "
        + System.getProperty("attache.version") + " (format "
        + dev.attache.json.AttacheJson.FORMAT + ", generator "
        + dev.attache.data.generate.DatasetGenerator.VERSION + ")");
    assertThat(AttacheCli.Version.version()).doesNotContain("${");
  }
}
