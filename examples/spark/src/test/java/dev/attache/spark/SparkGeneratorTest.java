package dev.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.model.AttachePosting;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator job: the CLI's bytes, and Parquet rows that say what the JSON says. */
class SparkGeneratorTest {
  static final GeneratorConfig CONFIG = GeneratorConfig.builder(42).count(20_000)
      .invalidRate(0.01).build();

  @TempDir
  Path temp;

  @Test
  void theNdjsonPartsConcatenatedAreTheBytesOfAttacheGenerate() throws Exception {
    Path parts = temp.resolve("parts");
    SparkGenerator.writeNdjson(LocalSpark.session(), GeneratorSpec.of(CONFIG), 7,
        parts.toString());
    List<Path> files;
    try (Stream<Path> list = Files.list(parts)) {
      files = list.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    assertThat(files).hasSize(7);
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (Path file : files) {
      joined.writeBytes(Files.readAllBytes(file));
    }

    Path cli = temp.resolve("cli.ndjson");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "dev.attache.cli.AttacheCli",
        "generate", "--count", "20000", "--seed", "42", "--invalid-rate", "0.01", "--quiet",
        "--out", cli.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
    byte[] expected = Files.readAllBytes(cli);
    assertThat(expected).hasSizeGreaterThan(1_000_000);
    assertThat(joined.toByteArray()).isEqualTo(expected);
  }

  @Test
  void theConfigurationTravelsAsPlainValues() {
    GeneratorSpec spec = GeneratorSpec.of(CONFIG);
    assertThat(spec.toConfig().toString()).isEqualTo(CONFIG.toString());
    assertThat(spec.start(0, 7)).isZero();
    assertThat(spec.start(7, 7)).isEqualTo(20_000);
    GeneratorSpec huge = new GeneratorSpec(1, Long.MAX_VALUE, spec.mix(), spec.referenceDate(),
        spec.languages(), 0);
    assertThat(huge.start(3, 4)).isEqualTo(Long.MAX_VALUE / 4 * 3 + 2);
    // a product past 2^63 whose high word is zero
    assertThat(huge.start(2, 4)).isEqualTo(Long.MAX_VALUE / 2);
  }

  @Test
  void parquetRowsHoldTheColumnsOfEachEntityPartitionedByKind() throws IOException {
    Path parquet = temp.resolve("parquet");
    SparkGenerator.writeParquet(LocalSpark.session(), GeneratorSpec.of(CONFIG), 4,
        parquet.toString());
    assertThat(parquet.resolve("kind=attache-posting")).isDirectory();
    List<Row> counts = LocalSpark.session().read().parquet(parquet.toString())
        .groupBy("kind").count().collectAsList();
    DatasetGenerator generator = DatasetGenerator.of(CONFIG);
    Map<String, Long> expected = new TreeMap<>();
    for (EntityKind kind : EntityKind.values()) {
      if (generator.count(kind) > 0) {
        expected.put(dev.attache.json.AttacheJson.typeName(kind), generator.count(kind));
      }
    }
    Map<String, Long> actual = new TreeMap<>();
    counts.forEach(row -> actual.put(row.getString(0), row.getLong(1)));
    assertThat(actual).isEqualTo(expected);

    // a posting's row: the columns agree with its JSON and with the entity
    Row row = LocalSpark.session().read().parquet(parquet.toString())
        .where("kind = 'attache-posting'").orderBy("position").first();
    Entity entity = generator.entity(row.getLong(row.fieldIndex("position")));
    AttachePosting posting = (AttachePosting) entity;
    assertThat(row.getString(row.fieldIndex("id"))).isEqualTo(posting.getId().toString());
    assertThat(row.getString(row.fieldIndex("status"))).isEqualTo(posting.getStatus().name());
    assertThat(row.<String>getList(row.fieldIndex("countries")))
        .contains(posting.getHostCountry().toString());
    assertThat(dev.attache.json.AttacheJson.strict().withoutValidation()
        .read(row.getString(row.fieldIndex("json")), Entity.class)).isEqualTo(entity);
  }

  @Test
  void anExistingOutputIsRefusedBeforeAnyWorkAndLeftAsItWas() throws IOException {
    Path ndjson = temp.resolve("ndjson");
    Path parquet = Files.createDirectories(temp.resolve("parquet"));
    Files.writeString(parquet.resolve("mine.txt"), "not the job's");
    JobRun run = JobRun.of("generate", "--count", "10", "--ndjson", ndjson.toString(),
        "--parquet", parquet.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString()
        .isEqualTo("attache-spark: cannot write '" + parquet + "': exists: remove it or write"
            + " elsewhere");
    // refused before the NDJSON, which comes first, was written
    assertThat(ndjson).doesNotExist();
    try (Stream<Path> list = Files.list(parquet)) {
      assertThat(list).containsExactly(parquet.resolve("mine.txt"));
    }
    assertThat(parquet.resolve("mine.txt")).hasContent("not the job's");

    // one output inside the other
    run = JobRun.of("generate", "--count", "10", "--ndjson", ndjson.toString(),
        "--parquet", ndjson.resolve("parquet").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("is inside the other output '" + ndjson + "'");
    assertThat(ndjson).doesNotExist();
  }

  @Test
  void aFailureExitsWithTwoAndLeavesNoOutput() throws IOException {
    Path ndjson = temp.resolve("ndjson");
    Path file = Files.writeString(temp.resolve("file"), "a file, not a directory");
    // the NDJSON is written, then the Parquet cannot be
    JobRun run = JobRun.of("generate", "--count", "10", "--ndjson", ndjson.toString(),
        "--parquet", file.resolve("parquet").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("attache-spark: generate failed: ");
    assertThat(ndjson).doesNotExist();
    assertThat(file).hasContent("a file, not a directory");
  }

  @Test
  void argumentsTheCommandDoesNotTakeAreUsageErrors() {
    String ndjson = temp.resolve("ndjson").toString();
    assertThat(AttacheSparkJob.run(new String[] {"generate", "--count", "10", "--ndjson", ndjson,
        "extra"}, System.out, System.err)).isEqualTo(2);
    assertThat(AttacheSparkJob.run(new String[] {"generate", "--count", "10", "--ndjson", ndjson,
        "--out", ndjson}, System.out, System.err)).isEqualTo(2);
    assertThat(temp.resolve("ndjson")).doesNotExist();
  }
}
