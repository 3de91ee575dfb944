package dev.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.dataset.Dataset;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonLine;
import dev.attache.json.NdjsonReader;
import dev.attache.model.Entity;
import dev.attache.validation.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation job against {@code Dataset.validate()} on the same entities, on generated data
 * broken on purpose — rules, duplicate ids, references to nothing, overlapping postings and posts,
 * sessions outside their commission, parent cycles, lines that are no entity — in three files
 * read in small splits, so that lines and positions cross split boundaries.
 */
class SparkValidatorTest {
  @TempDir
  static Path temp;

  static List<Path> files = new ArrayList<>();

  @BeforeAll
  static void write() throws IOException {
    DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(9).count(12_000)
        .invalidRate(0.02).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    generator.writeNdjson(out, 0, generator.count());
    List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    Random random = new Random(1);
    List<String> extra = new ArrayList<>();
    int duplicates = 0;
    int dangling = 0;
    int postings = 0;
    int posts = 0;
    int sessions = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (duplicates < 6 && random.nextInt(500) == 0) {
        extra.add(line); // the same id again, later
        duplicates++;
      }
      if (dangling < 25 && line.contains("\"sources\":[\"source:g-") && random.nextInt(40) == 0) {
        lines.set(i, line.replaceFirst("\"sources\":\\[\"source:g-[0-9]+\"",
            "\"sources\":[\"source:missing-" + i + "\""));
        dangling++;
      }
      if (postings < 8 && line.startsWith("{\"type\":\"attache-posting\"")
          && line.contains("\"status\":\"COMPLETED\"") && line.contains("\"arrival\":")) {
        // two active postings of one service in one country, at once
        String active = line.replace("\"status\":\"COMPLETED\"", "\"status\":\"ACTIVE\"");
        extra.add(active.replaceFirst("\"id\":\"posting:", "\"id\":\"posting:active-"));
        extra.add(active.replaceFirst("\"id\":\"posting:", "\"id\":\"posting:again-"));
        postings += 2;
      }
      if (posts < 8 && line.startsWith("{\"type\":\"membership\"")
          && line.contains("\"singleHolder\":true") && line.contains("\"period\":")) {
        extra.add(line.replaceFirst("\"id\":\"membership:", "\"id\":\"membership:again-"));
        posts++;
      }
      if (sessions < 8 && line.startsWith("{\"type\":\"commission-session\"")) {
        extra.add(line.replaceFirst("\"id\":\"commission-session:",
            "\"id\":\"commission-session:early-").replaceFirst("\"date\":\"[0-9-]+\"",
            "\"date\":\"1901\""));
        sessions++;
      }
    }
    String org = "{\"type\":\"organization\",\"id\":\"org:%s\",\"names\":{\"byLanguage\":"
        + "{\"en\":\"%s\"}},\"kind\":\"MINISTRY\",\"country\":\"TM\",\"parent\":\"org:%s\"}";
    extra.add(org.formatted("cycle-a", "A", "cycle-b"));
    extra.add(org.formatted("cycle-b", "B", "cycle-a"));
    extra.add(org.formatted("cycle-c", "C", "cycle-a")); // leads into a cycle, is not on it
    extra.add(org.formatted("ring-1", "R1", "ring-2"));
    extra.add(org.formatted("ring-2", "R2", "ring-3"));
    extra.add(org.formatted("ring-3", "R3", "ring-1"));
    extra.add(org.formatted("self", "S", "self")); // an entity rule, not a cycle
    extra.add(org.formatted("orphan", "O", "nowhere"));
    extra.add("not json at all");
    extra.add("{\"type\":\"spaceship\",\"id\":\"spaceship:x\"}");
    extra.add("{\"type\":\"person\",\"id\":\"person:truncated\",\"names\":{");
    extra.add("");
    java.util.Collections.shuffle(extra, random);
    lines.addAll(lines.size() / 2, extra.subList(0, extra.size() / 2));
    lines.addAll(extra.subList(extra.size() / 2, extra.size()));
    assertThat(duplicates).isPositive();
    assertThat(dangling).isEqualTo(25);
    assertThat(postings + posts + sessions).isEqualTo(24);

    int third = lines.size() / 3;
    List<List<String>> parts = List.of(lines.subList(0, third), lines.subList(third, 2 * third),
        lines.subList(2 * third, lines.size()));
    for (int p = 0; p < 3; p++) {
      Path file = temp.resolve("part-" + p + ".ndjson");
      String header = p == 0 ? "{\"format\":\"attache/1\"}\n" : "";
      Files.writeString(file, header + String.join("\n", parts.get(p)) + "\n");
      files.add(file);
    }
  }

  /** What the library says, reading the files in order: line problems, then the dataset's. */
  record Expected(List<String> lines, List<String> entities) {}

  static Expected expected() throws IOException {
    List<String> lineProblems = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (Path file : files) {
      try (NdjsonReader reader = AttacheJson.strict().withoutValidation()
          .ndjsonReader(Files.newInputStream(file))) {
        while (reader.hasNext()) {
          NdjsonLine line = reader.next();
          if (line.entity().isPresent() && line.problems().isEmpty()) {
            entities.add(line.entity().get().entity());
          } else {
            for (Problem problem : line.problems()) {
              lineProblems.add(file.getFileName() + ":" + line.number() + " "
                  + problem.getPointer() + " " + problem.getCode() + " " + problem.getMessage());
            }
          }
        }
      }
    }
    List<String> problems = new ArrayList<>();
    for (Problem problem : Dataset.of(entities).validate()) {
      problems.add(text(problem.getPointer(), problem.getCode(), problem.getMessage(),
          problem.getValue().orElse(null)));
    }
    return new Expected(lineProblems, problems);
  }

  static String text(String pointer, String code, String message, String value) {
    return pointer + " " + code + ": " + message + " (" + value + ")";
  }

  @Test
  void theProblemsAreThoseOfDatasetValidateOnTheSameEntities() throws IOException {
    LocalSpark.session().sparkContext().hadoopConfiguration()
        .setLong("mapreduce.input.fileinputformat.split.maxsize", 512 * 1024);
    ValidationReport report = SparkValidator.validate(LocalSpark.session(),
        files.stream().map(Path::toString).toList(), temp.resolve("work").toString());
    List<Row> rows = report.problems().collectAsList();
    List<String> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Row row : rows) {
      if (row.<Integer>getAs("section") == 0) {
        lines.add(Path.of(row.<String>getAs("file").replace("file:", "")).getFileName() + ":"
            + row.<Long>getAs("line") + " " + row.getAs("pointer") + " " + row.getAs("code")
            + " " + row.getAs("message"));
      } else {
        problems.add(text(row.getAs("pointer"), row.getAs("code"), row.getAs("message"),
            row.getAs("value")));
      }
    }
    Expected expected = expected();
    assertThat(lines).isEqualTo(expected.lines()).hasSize(3);
    assertThat(problems).isEqualTo(expected.entities());

    // the breakage is all there, so the equality above is not of two empty checks
    Map<String, Long> counts = report.countsByCode();
    assertThat(counts).containsKeys("dataset.id.duplicate", "dataset.ref.unresolved",
        "dataset.posting.active.overlap", "dataset.membership.overlap",
        "dataset.session.outside", "organization.parent.self");
    assertThat(counts.get("dataset.organization.parent.cycle")).isEqualTo(5);
    Set<String> codes = new HashSet<>(counts.keySet());
    codes.removeIf(code -> code.startsWith("dataset.") || code.startsWith("json."));
    assertThat(codes).hasSizeGreaterThan(5); // the generator's broken rules
    assertThat(report.entities()).isEqualTo(countEntities(expected));

    // and every problem of an entity names its file and line
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.<String>getAs("file")).endsWith(".ndjson");
      assertThat(row.<Long>getAs("line")).isPositive();
    });
    report.release();
    assertThat(temp.resolve("work")).doesNotExist();
  }

  static long countEntities(Expected expected) throws IOException {
    long count = 0;
    for (Path file : files) {
      try (NdjsonReader reader = AttacheJson.strict().withoutValidation()
          .ndjsonReader(Files.newInputStream(file))) {
        count += reader.stream().filter(l -> l.entity().isPresent()).count();
      }
    }
    return count;
  }

  @Test
  void theJobWritesProblemsAndASummaryWithTheCliExitStatuses() throws IOException {
    Path out = temp.resolve("report");
    // a refused run leaves nothing in the way of the next with the same --out
    assertThat(JobRun.of("validate", "--out", out.toString(), temp.resolve("missing").toString())
        .status()).isEqualTo(2);
    int status = AttacheSparkJob.run(new String[] {"validate", "--out", out.toString(),
        files.get(0).toString()}, System.out, System.err);
    // run() stops the session: the next test makes a new one
    LocalSpark.reset();
    assertThat(status).isEqualTo(1);
    List<String> summary = new ArrayList<>();
    try (var list = Files.list(out.resolve("summary"))) {
      for (Path part : list.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        summary.addAll(Files.readAllLines(part));
      }
    }
    assertThat(summary).singleElement().asString().startsWith("{\"lines\":")
        .contains("\"byCode\":{\"");
    long problems = 0;
    try (var list = Files.list(out.resolve("problems"))) {
      for (Path part : list.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part)) {
          assertThat(line).startsWith("{\"file\":\"file:").contains("\"code\":\"");
          problems++;
        }
      }
    }
    assertThat(problems).isPositive();
    assertThat(out.resolve("work")).doesNotExist();
    // arguments are checked before Spark starts
    assertThat(AttacheSparkJob.run(new String[] {"validate"}, System.out, System.err))
        .isEqualTo(2);
    assertThat(AttacheSparkJob.run(new String[] {"explode"}, System.out, System.err))
        .isEqualTo(2);
    assertThat(AttacheSparkJob.run(new String[] {"generate", "--count", "ten", "--ndjson", "x"},
        System.out, System.err)).isEqualTo(2);
    assertThat(AttacheSparkJob.run(new String[] {"validate", "--count", "10", "--out",
        temp.resolve("usage").toString(), files.get(0).toString()}, System.out, System.err))
        .isEqualTo(2);
    assertThat(temp.resolve("usage")).doesNotExist();
  }

  /** A few entities in a directory of their own, for a test of the job's paths. */
  static Path smallInput(String name) throws IOException {
    Path directory = Files.createDirectories(temp.resolve(name));
    DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(3).count(20)
        .build());
    try (var out = Files.newOutputStream(directory.resolve("small.ndjson"))) {
      generator.writeNdjson(out, 0, generator.count());
    }
    return directory;
  }

  @Test
  void anExistingOutputIsRefusedBeforeAnyWorkAndLeftAsItWas() throws IOException {
    Path input = smallInput("existing-input");
    for (String existing : List.of("problems", "summary", "work")) {
      Path out = temp.resolve("existing-" + existing);
      Path mine = Files.createDirectories(out.resolve(existing)).resolve("mine.txt");
      Files.writeString(mine, "not the job's");
      JobRun run = JobRun.of("validate", "--out", out.toString(), input.toString());
      assertThat(run.status()).as(existing).isEqualTo(2);
      assertThat(run.err().lines()).as(existing).singleElement().asString()
          .isEqualTo("attache-spark: cannot write '" + out.resolve(existing)
              + "': exists: remove it or write elsewhere");
      try (var list = Files.list(out)) {
        assertThat(list).as(existing).containsExactly(out.resolve(existing));
      }
      try (var list = Files.list(out.resolve(existing))) {
        assertThat(list).as(existing).containsExactly(mine);
      }
      assertThat(mine).hasContent("not the job's");
    }
  }

  @Test
  void aMissingInputIsRefusedAndNothingIsCreated() throws IOException {
    Path out = temp.resolve("missing-report");
    Path missing = temp.resolve("missing.ndjson");
    JobRun run = JobRun.of("validate", "--out", out.toString(), missing.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString()
        .isEqualTo("attache-spark: no input matches '" + missing + "'");
    assertThat(out).doesNotExist();

    Path input = smallInput("missing-input");
    String glob = input.resolve("*.gz").toString();
    run = JobRun.of("validate", "--out", out.toString(), input.toString(), glob);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no input matches '" + glob + "'");
    assertThat(out).doesNotExist();
  }

  @Test
  void anOutputInsideItsInputIsRefused() throws IOException {
    Path input = smallInput("inside-input");
    for (String given : List.of(input.toString(), input.resolve("*").toString(),
        input + "/../" + input.getFileName())) {
      Path out = input.resolve("report");
      JobRun run = JobRun.of("validate", "--out", out.toString(), given);
      assertThat(run.status()).as(given).isEqualTo(2);
      assertThat(run.err().lines()).as(given).singleElement().asString()
          .isEqualTo("attache-spark: cannot write '" + out + "': is inside the input '" + given
              + "': write to a directory outside it");
      assertThat(out).doesNotExist();
    }
    JobRun run = JobRun.of("validate", "--out", input.toString(), input.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("is inside the input");
  }

  @Test
  void theInputIsListedBeforeTheWorkDirectoryIsWritten() {
    // from a team's own code, without the job's checks: a missing input leaves nothing behind
    Path work = temp.resolve("listed-work");
    assertThatThrownBy(() -> SparkValidator.validate(LocalSpark.session(),
        List.of(temp.resolve("nowhere").toString()), work.toString()))
        .hasMessageContaining("nowhere");
    assertThat(work).doesNotExist();
  }

  @Test
  void aFailureExitsWithTwoAndLeavesNoOutput() throws IOException {
    // a compressed file that is not: the read fails once the work directory is being written
    Path input = smallInput("failing-input");
    Files.writeString(input.resolve("broken.ndjson.gz"), "not gzip at all\n");
    Path out = temp.resolve("failing-report");
    JobRun run = JobRun.of("validate", "--out", out.toString(), input.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("attache-spark: validate failed: ");
    assertThat(out.resolve("work")).doesNotExist();
    assertThat(out.resolve("problems")).doesNotExist();
    assertThat(out.resolve("summary")).doesNotExist();
  }
}
