package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.data.ReferenceDataset;
import dev.attache.ftm.FtmExport;
import dev.attache.ftm.FtmWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Property;

/** {@code attache convert reference.json out.ftm.ndjson --to ftm}, checked by the FtM model. */
class FtmConvertTest {
  @TempDir
  Path dir;

  @Test
  void theReferenceDatasetConvertsToEntitiesTheFtmModelAccepts() throws Exception {
    Path reference = dir.resolve("reference.json");
    Files.writeString(reference, CliTest.run("reference").out());
    Path out = dir.resolve("out.ftm.ndjson");
    CliTest.Run run = CliTest.run("convert", reference.toString(), out.toString(), "--to", "ftm");
    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("mapped organization 32", "skipped statement 8 (no FtM schema)",
        "wrote Article 5");
    // the count says what went out and what had nowhere to go
    long skipped = ReferenceDataset.load().entities().stream()
        .filter(e -> FtmExport.of("attache").map(e).isEmpty()).count();
    assertThat(run.err()).contains("converted " + (126 - skipped) + " entities to '" + out
        + "'; skipped " + skipped + " of kinds FtM has no schema for");
    Model model = Model.loadDefault();
    ObjectMapper json = new ObjectMapper();
    long lines = 0;
    for (String line : Files.readAllLines(out)) {
      JsonNode node = json.readTree(line);
      ValueEntity entity = ValueEntity.fromJson(model, node);
      node.get("properties").fieldNames().forEachRemaining(name -> assertThat(
          entity.getSchema().getProperty(name)).as(entity.getSchema() + "." + name).isNotNull());
      for (Property required : entity.getSchema().getRequiredProperties()) {
        assertThat(entity.getValues(required)).as(entity.getId()).isNotEmpty();
      }
      lines++;
    }
    assertThat(lines).isEqualTo(105);
    // the same bytes as the library's own export, which FtmExportTest checks property by property
    ByteArrayOutputStream library = new ByteArrayOutputStream();
    try (FtmWriter writer = FtmExport.of("attache").entitiesWriter(library)) {
      ReferenceDataset.load().entities().forEach(writer::write);
    }
    assertThat(Files.readAllBytes(out)).isEqualTo(library.toByteArray());
    // statements, and FtM is never an input
    Path statements = dir.resolve("out.csv");
    assertThat(CliTest.run("convert", reference.toString(), statements.toString(), "--to",
        "ftm-statements", "--ftm-namespace", "acme").status()).isZero();
    assertThat(Files.readAllLines(statements).get(1)).contains(",acme.source.");
    CliTest.Run back = CliTest.run("convert", out.toString(), dir.resolve("x.json").toString(),
        "--input-format", "ftm");
    assertThat(back.status()).isEqualTo(2);
    assertThat(back.err()).contains("ftm is an output format");
  }

  @Test
  void ftmOptionsAndFormatsGoOnlyWhereTheyMeanSomething() throws Exception {
    Path reference = dir.resolve("reference.json");
    Files.writeString(reference, CliTest.run("reference").out());
    for (String option : new String[] {"--ftm-dataset", "--ftm-namespace"}) {
      CliTest.Run run = CliTest.run("convert", reference.toString(),
          dir.resolve("x.ndjson").toString(), option, "acme");
      assertThat(run.status()).as(option).isEqualTo(2);
      assertThat(run.err()).contains("are for --to ftm and ftm-statements");
    }
    assertThat(dir.resolve("x.ndjson")).doesNotExist();
    for (String format : new String[] {"ftm", "ftm-statements", "csv"}) {
      CliTest.Run generate = CliTest.run("generate", "--count", "3", "--format", format);
      assertThat(generate.status()).as(format).isEqualTo(2);
      assertThat(generate.err()).contains("generate writes json or ndjson; use convert for "
          + format);
      CliTest.Run printed = CliTest.run("reference", "--format", format);
      assertThat(printed.status()).as(format).isEqualTo(2);
      assertThat(printed.err()).contains("reference writes json or ndjson");
    }
    // an output that is not a file: the advice fits a command whose output is required
    CliTest.Run device = CliTest.run("convert", reference.toString(), "/dev/null", "--to", "ftm",
        "--force");
    assertThat(device.status()).isEqualTo(2);
    assertThat(device.err()).contains("is not a regular file").contains("write to a file")
        .doesNotContain("leave out");
  }
}
