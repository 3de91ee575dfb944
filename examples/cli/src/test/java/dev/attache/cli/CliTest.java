package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command, end to end, in process. */
class CliTest {
  @TempDir
  Path dir;

  /** The result of one run. */
  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = AttacheCli.run(args, out, err, false);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void reportDescribesTheReferenceDataset() {
    Run run = run("report");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("reference dataset: 126 entities", "Entities by kind",
        "Attaché network", "Agreements", "Indicators", "TM  planned", "<=2025",
        "export contracts");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void reportShowsTheTimelineOfTwoCountriesWithSources() {
    Run run = run("report", "--between", "RU", "TM", "--limit", "100");
    assertThat(run.status()).isZero();
    String timeline = run.out().substring(run.out().indexOf("Timeline RU–TM"));
    assertThat(timeline).contains("2019-05-01", "2021-03-31", "nCa, 2025-10-13", "Trend, 2021-10-06");
    assertThat(timeline.indexOf("2019-05-01")).isLessThan(timeline.indexOf("2021-03-31"));
  }

  @Test
  void reportAsJsonIsForMachines() {
    Run run = run("report", "--format", "json", "--between", "RU", "TM");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"entities\" : 126", "\"postings\"", "\"timeline\"");
    assertThat(run("report", "--between", "RU", "XX").status()).isEqualTo(2);
  }

  @Test
  void generateThenValidateIsClean() throws IOException {
    Path data = dir.resolve("data.ndjson");
    Run generate = run("generate", "--count", "2000", "--seed", "42", "--out", data.toString());
    assertThat(generate.status()).isZero();
    assertThat(Files.readAllLines(data)).hasSize(2000);
    Run validate = run("validate", data.toString());
    assertThat(validate.status()).isZero();
    assertThat(validate.lines()).containsExactly(
        "checked 2000 entities in 1 file: 2000 valid, 0 invalid, 0 problems");
  }

  @Test
  void generateIsDeterministicAndPartitionable() {
    String whole = run("generate", "--count", "300", "--seed", "7").out();
    String first = run("generate", "--count", "300", "--seed", "7", "--end", "120").out();
    String rest = run("generate", "--count", "300", "--seed", "7", "--start", "120").out();
    assertThat(first + rest).isEqualTo(whole);
    assertThat(run("generate", "--count", "300", "--seed", "7").out()).isEqualTo(whole);
  }

  @Test
  void aBrokenFileReportsOneLinePerProblemAndExitsOne() throws IOException {
    Path data = dir.resolve("broken.ndjson");
    Files.writeString(data, String.join("\n",
        "{\"type\":\"person\",\"id\":\"person:ok\",\"names\":{\"byLanguage\":{\"en\":\"Ok\"}}}",
        "{\"type\":\"person\",\"id\":\"person:Bad\",\"names\":{\"byLanguage\":{\"en\":\"Bad\"}}}",
        "not json",
        "{\"type\":\"agreement\",\"id\":\"agreement:a\",\"title\":{\"byLanguage\":{\"en\":\"A\"}},"
            + "\"kind\":\"MEMORANDUM\",\"parties\":[\"RU\",\"RU\"],\"status\":\"SIGNED\"}"));
    Run run = run("validate", data.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).hasSize(5);
    assertThat(run.lines().get(0)).isEqualTo(data + ":2: /id id.malformed: Invalid id "
        + "'person:Bad': the slug must be 1 to 120 lower-case letters a-z and digits, in groups "
        + "joined by single '-' or '.'");
    assertThat(run.lines().get(1)).startsWith(data + ":3: / json.syntax: ");
    assertThat(run.lines().subList(2, 4)).containsExactly(
        data + ":4: /parties/1 agreement.parties.distinct: the parties of an agreement must be distinct",
        data + ":4: /signedOn agreement.signed.date: a signed agreement needs a signature date");
    assertThat(run.lines().get(4))
        .isEqualTo("checked 4 entities in 2 files: 1 valid, 3 invalid, 4 problems".replace("2 files", "1 file"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateTellsUsageAndIoErrorsApart() {
    assertThat(run("validate").status()).isEqualTo(2);
    Run missing = run("validate", dir.resolve("nothing.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist").doesNotContain("Exception");
    assertThat(run("validate", dir.resolve("data.txt").toString()).err())
        .contains("--input-format");
  }

  @Test
  void invalidOnPurposeExitsOne() throws IOException {
    Path data = dir.resolve("invalid.json");
    assertThat(run("generate", "--count", "500", "--invalid-rate", "0.2", "--out",
        data.toString()).status()).isZero();
    Run run = run("validate", data.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines().get(run.lines().size() - 1)).matches(
        "checked 500 entities in 1 file: \\d+ valid, \\d+ invalid, \\d+ problems");
  }

  @Test
  void moreThreadsReportTheSameLinesInTheSameOrder() throws IOException {
    Path stream = dir.resolve("mixed.ndjson");
    assertThat(run("generate", "--count", "3000", "--seed", "8", "--invalid-rate", "0.2",
        "--header", "--out", stream.toString()).status()).isZero();
    Run one = run("validate", "--threads", "1", stream.toString());
    Run three = run("validate", "--threads", "3", stream.toString());
    assertThat(one.status()).isEqualTo(1);
    assertThat(three.out()).isEqualTo(one.out()).contains("3000 entities");
    Path out1 = dir.resolve("one.ndjson");
    Path out3 = dir.resolve("three.ndjson");
    run("convert", "--threads", "1", stream.toString(), out1.toString());
    run("convert", "--threads", "3", stream.toString(), out3.toString());
    assertThat(Files.readAllBytes(out3)).isEqualTo(Files.readAllBytes(out1));
    Run zero = run("validate", "--threads", "0", stream.toString());
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err()).contains("--threads must be at least 1");
    assertThat(zero.out()).isEmpty();
  }

  @Test
  void convertBetweenDocumentAndStreamIsLossless() throws IOException {
    Path document = dir.resolve("reference.json");
    Files.writeString(document, run("reference").out());
    Path stream = dir.resolve("reference.ndjson");
    Path back = dir.resolve("back.json");
    assertThat(run("convert", document.toString(), stream.toString()).status()).isZero();
    assertThat(run("convert", stream.toString(), back.toString()).status()).isZero();
    assertThat(Files.readAllLines(stream)).hasSize(126);
    Run report = run("report", back.toString());
    assertThat(report.out()).contains("126 entities");
    assertThat(report.status()).isZero();
    // data with problems: reported on what is valid, and the status says there were problems
    Path broken = dir.resolve("broken.ndjson");
    assertThat(run("generate", "--count", "200", "--invalid-rate", "0.5", "--out",
        broken.toString()).status()).isZero();
    Run partial = run("report", broken.toString());
    assertThat(partial.status()).isEqualTo(1);
    assertThat(partial.out()).contains("entities");
    assertThat(partial.err()).contains("the report leaves out");
    Run header = run("generate", "--count", "3", "--format", "json", "--header");
    assertThat(header.status()).isEqualTo(2);
    assertThat(header.err()).contains("--header leads NDJSON");
    Run rate = run("generate", "--count", "3", "--invalid-rate", "2");
    assertThat(rate.status()).isEqualTo(2);
    assertThat(rate.err()).contains("--invalid-rate must be between 0 and 1, not 2.0");
    assertThat(run("validate", back.toString(), stream.toString()).status()).isZero();
  }

  @Test
  void convertToCsvWritesOneFilePerKind() throws IOException {
    Path stream = dir.resolve("reference.ndjson");
    Files.writeString(stream, run("reference", "--format", "ndjson").out());
    Path tables = dir.resolve("tables");
    Run run = run("convert", stream.toString(), tables.toString(), "--to", "csv");
    assertThat(run.status()).isZero();
    assertThat(Files.list(tables).map(p -> p.getFileName().toString()).sorted().toList())
        .contains("organization.csv", "attache-posting.csv", "event.csv").hasSize(15);
    List<String> people = Files.readAllLines(tables.resolve("person.csv"));
    assertThat(people.get(0)).isEqualTo("id,names,citizenship,sources,notes");
    assertThat(people).hasSize(11).anyMatch(l -> l.contains("Khadzhimyrat Khudaygulyev"));
  }

  @Test
  void outputsAreNeverOverwrittenWithoutForceNorLeftHalfWritten() throws IOException {
    Path out = dir.resolve("out.ndjson");
    Files.writeString(out, "keep");
    Run refused = run("generate", "--count", "10", "--out", out.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("--force");
    assertThat(Files.readString(out)).isEqualTo("keep");
    assertThat(run("generate", "--count", "10", "--out", out.toString(), "--force").status())
        .isZero();
    assertThat(Files.readAllLines(out)).hasSize(10);
    // an output whose directory does not exist fails before anything is written
    Run nowhere = run("generate", "--count", "10", "--out", dir.resolve("no/such/dir.ndjson").toString());
    assertThat(nowhere.status()).isEqualTo(2);
    // a conversion that fails mid-way leaves no output and no temporary file
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\":\"attache/1\",\"entities\":[");
    Path target = dir.resolve("target.ndjson");
    assertThat(run("convert", bad.toString(), target.toString()).status()).isEqualTo(1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void schemaAndReferencePrintWhatTheLibraryShips() {
    assertThat(run("schema").out()).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    Run ndjson = run("reference", "--format", "ndjson");
    assertThat(ndjson.lines()).hasSize(127).first().isEqualTo("{\"format\":\"attache/1\"}");
  }

  @Test
  void everyCommandHasHelpWithAnExampleAndThereIsAVersion() {
    for (String command : List.of("report", "validate", "generate", "convert", "schema",
        "reference")) {
      Run help = run(command, "--help");
      assertThat(help.status()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: attache " + command)
          .containsPattern("Examples?:");
    }
    assertThat(run("--version").out()).startsWith("attache ").contains("attache/1");
    // The command list shows a command's first description line alone: it must be a sentence.
    String list = run("--help").out().split("Commands:\\R")[1].split("\\R\\R")[0];
    assertThat(list.replaceAll("\\R {5,}", " ").lines()).hasSize(6)
        .allMatch(line -> line.endsWith("."), "ends with a full stop");
    assertThat(run().status()).isEqualTo(2);
    assertThat(run("frobnicate").status()).isEqualTo(2);
  }
}
