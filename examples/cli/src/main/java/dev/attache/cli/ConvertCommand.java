package dev.attache.cli;

import dev.attache.ftm.FtmExport;
import dev.attache.ftm.FtmSummary;
import dev.attache.ftm.FtmWriter;
import dev.attache.json.AttacheJson;
import dev.attache.json.DecodedEntity;
import dev.attache.json.DocumentWriter;
import dev.attache.json.NdjsonWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true, description = {
    "Converts a document (.json) or stream (.ndjson) to another form: JSON, NDJSON, CSV, FtM.",
    "CSV is a directory with one file per entity kind. Between JSON forms nothing is lost:",
    "properties this version does not know are kept, in the entities and in the document or",
    "stream header. CSV has a column for each property of format 1 only: an entity with other",
    "properties is reported and left out. Bad entities are reported and left out. The output is",
    "written atomically, and only if the input was read to its end; it may not be the input, nor",
    "a directory holding the input or the working directory.",
    "With --to ftm or ftm-statements, writes FollowTheMoney entities (NDJSON) or statements",
    "(CSV) for Aleph, OpenSanctions and yente, and prints what it mapped and what it skipped:",
    "strategies, information systems, indicators and statements have no FtM schema."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:converted, every entity valid", "1:problems found (bad entities left out;"
        + " nothing written if the input was cut short)", "2:usage or I/O error",
        "3:internal error"},
    footer = {"", "Examples:", "  attache convert data.json data.ndjson",
        "  attache convert data.ndjson tables --to csv",
        "  attache convert reference.json reference.ftm.ndjson --to ftm"})
final class ConvertCommand implements Callable<Integer> {
  private final Io io;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file (or, for CSV, the"
      + " directory) to write.")
  Path out;

  @Mixin
  InputFormatOption inputFormat;

  @Option(names = "--ftm-dataset", paramLabel = "NAME", defaultValue = "attache",
      description = "The FtM dataset of the statements (default: attache).")
  String ftmDataset;

  @Option(names = "--ftm-namespace", paramLabel = "NS",
      description = "Put FtM ids under a namespace: NS.org.undp (default: none).")
  String ftmNamespace;

  @Option(names = "--to", paramLabel = "json|ndjson|csv|ftm|ftm-statements",
      description = "The format of OUT (default: by its extension).")
  String to;

  @Option(names = "--force", description = "Replace OUT if it exists; for a CSV directory, replace"
      + " the files written and keep everything else in it.")
  boolean force;

  @Option(names = "--csv-raw", description = "Write CSV cells as they are, even those a"
      + " spreadsheet would take for a formula (=, +, -, @, tab or CR first).")
  boolean csvRaw;

  @Mixin
  ThreadsOption threads;

  @Mixin
  VerboseOption verbose;

  ConvertCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Formats from = inputFormat.of(in);
    Formats target = Formats.of(to, out, "--to json|ndjson|csv|ftm|ftm-statements");
    FtmExport ftm = null;
    boolean toFtm = target == Formats.FTM || target == Formats.FTM_STATEMENTS;
    if (!toFtm && (ftmDatasetGiven() || ftmNamespace != null)) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "--ftm-dataset and --ftm-namespace are for"
          + " --to ftm and ftm-statements; " + target.name().toLowerCase(Locale.ROOT)
          + " has no FtM ids");
    }
    if (toFtm) {
      try {
        ftm = FtmExport.of(ftmDataset);
        ftm = ftmNamespace == null ? ftm : ftm.withNamespace(ftmNamespace);
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCodes.USAGE_OR_IO, e.getMessage());
      }
    }
    // JSON keeps what this version does not know; CSV has no column for it, so it is a problem
    // (nor has FollowTheMoney)
    AttacheJson json = target == Formats.CSV || ftm != null ? AttacheJson.strict()
        : AttacheJson.lenient();
    Input.Counts counts;
    long skipped = 0; // entities of a kind FtM has no schema for
    try (Input input = Input.open(in, from, json, threads.of(in))) {
      if (ftm != null) {
        try (AtomicOutput output = AtomicOutput.file(out, force, List.of(in))) {
          FtmSummary summary;
          try (FtmWriter writer = target == Formats.FTM ? ftm.entitiesWriter(output.stream())
              : ftm.statementsWriter(output.stream())) {
            counts = read(input, entity -> writer.write(entity.entity()));
            summary = writer.summary();
          }
          commitIfComplete(output, counts);
          io.err.println(summary);
          skipped = summary.skipped().values().stream().mapToLong(Long::longValue).sum();
        }
      } else if (target == Formats.CSV) {
        try (AtomicOutput output = AtomicOutput.directory(out, force, List.of(in))) {
          try (CsvSink csv = new CsvSink(output.directory(), out, !csvRaw)) {
            counts = read(input, entity -> csv.write(entity.entity()));
          }
          commitIfComplete(output, counts);
        }
      } else {
        try (AtomicOutput output = AtomicOutput.file(out, force, List.of(in))) {
          input.buffer(); // a document's own properties may come after its entities
          counts = target == Formats.JSON ? toDocument(input, output) : toStream(input, output);
          commitIfComplete(output, counts);
        }
      }
    }
    io.err.printf("converted %d entities to %s%s%s%n", counts.valid - skipped,
        Printable.quote(out), skipped > 0 ? "; skipped " + skipped + " of kinds FtM has no schema for" : "",
        counts.invalid > 0 ? "; left out " + counts.invalid + " invalid" : "");
    return counts.problems > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  /** Whether {@code --ftm-dataset} was given: it has a default, so the option is asked. */
  private boolean ftmDatasetGiven() {
    return spec.commandLine().getParseResult().hasMatchedOption("--ftm-dataset");
  }

  private Input.Counts toDocument(Input input, AtomicOutput output) {
    try (DocumentWriter writer = AttacheJson.lenient().documentWriter(output.stream(),
        input.properties())) {
      return read(input, writer::write);
    }
  }

  private Input.Counts toStream(Input input, AtomicOutput output) {
    // a header when the input had one, or has properties that only a header can carry
    boolean header = input.hasHeader() || !input.properties().isEmpty();
    try (NdjsonWriter writer = header
        ? AttacheJson.lenient().ndjsonWriterWithHeader(output.stream(), input.properties())
        : AttacheJson.lenient().ndjsonWriter(output.stream())) {
      return read(input, writer::write);
    }
  }

  /** Moves the output into place, unless the input stopped before its end. */
  private void commitIfComplete(AtomicOutput output, Input.Counts counts) {
    if (!counts.complete) {
      throw new CliException(ExitCodes.PROBLEMS, "nothing written: " + Printable.quote(in)
          + " could not be read to its end");
    }
    output.commit();
  }

  private Input.Counts read(Input input, Consumer<DecodedEntity> sink) {
    return input.read(sink, problem -> io.err.println(Input.line(in, problem)));
  }
}
