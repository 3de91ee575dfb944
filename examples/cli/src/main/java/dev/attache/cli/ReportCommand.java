package dev.attache.cli;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.dataset.Dataset;
import dev.attache.data.ReferenceDataset;
import dev.attache.json.AttacheJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "report", mixinStandardHelpOptions = true, description = {
    "Reports on a dataset (default: the reference dataset).",
    "Entities by kind, the attaché network, agreements, indicators, and with --between the",
    "timeline of two countries."},
    footer = {"", "Examples:", "  attache report", "  attache report --between RU TM",
        "  attache report data.ndjson --format json"})
final class ReportCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "A document (.json) or stream (.ndjson); default: the reference dataset.")
  Path file;

  @Option(names = "--between", arity = "2", paramLabel = "COUNTRY",
      description = "Two ISO country codes: show their timeline, in date order, with sources.")
  List<String> between;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Text for a terminal or JSON for machines (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "Rows per section in text (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin
  InputFormatOption inputFormat;

  @Mixin
  VerboseOption verbose;

  ReportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    List<CountryCode> countries = new ArrayList<>();
    if (between != null) {
      for (String code : between) {
        try {
          countries.add(CountryCode.parse(code));
        } catch (InvalidValueException e) {
          throw new CliException(ExitCodes.USAGE_OR_IO, e.getMessage(), e);
        }
      }
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "--format must be text or json");
    }
    Dataset dataset;
    String title;
    boolean problems = false; // reported on what is valid, the data still has problems: exit 1
    if (file == null) {
      dataset = ReferenceDataset.load();
      title = "reference dataset";
    } else {
      List<dev.attache.model.Entity> entities = new ArrayList<>();
      Input.Counts counts;
      try (Input input = Input.open(file, inputFormat.of(file), AttacheJson.lenient())) {
        counts = input.read(e -> entities.add(e.entity()), problem -> { });
      }
      if (!counts.complete) {
        throw new CliException(ExitCodes.PROBLEMS, "cannot report on " + Printable.quote(file)
            + ": it could not be read to its end (see: attache validate " + Printable.of(file)
            + ")");
      }
      if (counts.problems > 0) {
        problems = true;
        io.err.printf("attache: %s has %d problems; the report leaves out %d invalid entities"
            + " (see: attache validate %s)%n", Printable.quote(file), counts.problems,
            counts.invalid, Printable.of(file));
      }
      dataset = Dataset.of(entities);
      title = Printable.of(file);
    }
    Report report = new Report(title, dataset, countries, Math.max(0, limit));
    if (format.equals("json")) {
      JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      io.text.println(mapper.writeValueAsString(report.json()));
    } else {
      report.text(io.text);
    }
    io.text.flush();
    return problems ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }
}
