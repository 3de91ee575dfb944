package dev.attache.cli;

import dev.attache.json.AttacheJson;
import dev.attache.json.DecodedEntity;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert", mixinStandardHelpOptions = true, description = {
    "Converts between a document (.json) and NDJSON (.ndjson), or to CSV: a directory with one",
    "file per entity kind. Properties this version does not know are kept (lenient reading),",
    "so nothing is lost between JSON forms. Bad entities are reported and left out.",
    "NDJSON input streams in flat memory; the output is written atomically."},
    footer = {"", "Examples:", "  attache convert data.json data.ndjson",
        "  attache convert data.ndjson tables --to csv"})
final class ConvertCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file (or, for CSV, the"
      + " directory) to write.")
  Path out;

  @Mixin
  InputFormatOption inputFormat;

  @Option(names = "--to", paramLabel = "json|ndjson|csv",
      description = "The format of OUT (default: by its extension).")
  String to;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  boolean force;

  @Mixin
  VerboseOption verbose;

  ConvertCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Formats from = inputFormat.of(in);
    Formats target = Formats.of(to, out, "--to json|ndjson|csv");
    AttacheJson json = AttacheJson.lenient();
    Inputs.Counts counts;
    if (target == Formats.CSV) {
      try (AtomicOutput output = AtomicOutput.directory(out, force)) {
        try (CsvSink csv = new CsvSink(output.directory())) {
          counts = read(from, json, entity -> csv.write(entity.entity()));
        }
        output.commit();
      }
    } else {
      try (AtomicOutput output = AtomicOutput.file(out, force)) {
        counts = target.write(json, output.stream(), false, sink -> read(from, json, sink));
        output.commit();
      }
    }
    io.err.printf("converted %d entities to %s%s%n", counts.valid, out,
        counts.invalid > 0 ? "; left out " + counts.invalid + " invalid" : "");
    return counts.problems > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  private Inputs.Counts read(Formats from, AttacheJson json, Consumer<DecodedEntity> sink) {
    return Inputs.read(in, from, json, sink, problem -> io.err.println(Inputs.line(in, problem)));
  }
}
