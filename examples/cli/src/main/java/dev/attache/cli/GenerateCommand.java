package dev.attache.cli;

import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratedEntity;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.json.AttacheJson;
import dev.attache.json.DecodedEntity;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true, description = {
    "Generates a synthetic dataset: the same seed and generator version give the same bytes.",
    "With --start and --end, writes positions [START, END) of the COUNT-entity dataset, so that a",
    "large dataset can be made in pieces, on several machines, and concatenated."},
    footer = {"", "Examples:", "  attache generate --count 100000 --seed 42 --out data.ndjson",
        "  attache generate --count 1000000 --start 500000 --end 600000 --seed 42 > part-6.ndjson",
        "  attache generate --count 1000 --invalid-rate 0.1 --format json --out broken.json"})
final class GenerateCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = "--count", required = true, paramLabel = "N",
      description = "The number of entities of the whole dataset.")
  long count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--start", paramLabel = "I", defaultValue = "0",
      description = "The first position to write (default: ${DEFAULT-VALUE}).")
  long from;

  @Option(names = "--end", paramLabel = "J", description = "The position after the last to write"
      + " (default: COUNT).")
  Long to;

  @Option(names = "--invalid-rate", paramLabel = "R", defaultValue = "0",
      description = "The share of entities, 0 to 1, that break one rule each (default: ${DEFAULT-VALUE}).")
  double invalidRate;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE, atomically"
      + " (default: standard output).")
  Path out;

  @Option(names = "--format", paramLabel = "ndjson|json",
      description = "NDJSON or a document (default: by the extension of FILE, else ndjson).")
  String format;

  @Option(names = "--header", description = "Lead NDJSON with a {\"format\":\"attache/1\"} line.")
  boolean header;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Mixin
  VerboseOption verbose;

  GenerateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    if (!(invalidRate >= 0 && invalidRate <= 1)) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "--invalid-rate must be between 0 and 1, not "
          + invalidRate);
    }
    GeneratorConfig config;
    try {
      config = GeneratorConfig.builder(seed).count(count).invalidRate(invalidRate).build();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE_OR_IO, e.getMessage(), e);
    }
    long end = to == null ? count : to;
    if (from < 0 || end > count || from > end) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "the range [" + from + ", " + end
          + ") is not inside [0, " + count + ")");
    }
    Formats chosen = format != null || out == null
        ? Formats.of(format == null ? "ndjson" : format, out, "--format")
        : Formats.of(null, out, "--format ndjson|json");
    chosen.requireAttacheJson("generate");
    if (header && chosen != Formats.NDJSON) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "--header leads NDJSON; a document (json)"
          + " always says its format");
    }
    DatasetGenerator generator = DatasetGenerator.of(config);
    if (out == null) {
      write(generator, end, chosen, io.out);
      return ExitCodes.OK;
    }
    try (AtomicOutput output = AtomicOutput.file(out, force, java.util.List.of())) {
      write(generator, end, chosen, output.stream());
      output.commit();
    }
    return ExitCodes.OK;
  }

  private void write(DatasetGenerator generator, long end, Formats chosen, OutputStream stream) {
    AttacheJson json = AttacheJson.strict();
    try (ProgressBar progress = progress(end - from)) {
      chosen.write(json, stream, header, sink -> {
        each(generator, end, progress, g -> sink.accept(DecodedEntity.of(g.entity())));
        return null;
      });
    }
  }

  private void each(DatasetGenerator generator, long end, ProgressBar progress,
      Consumer<GeneratedEntity> write) {
    generator.generate(from, end).forEachOrdered(g -> {
      write.accept(g);
      if (progress != null) {
        progress.step();
      }
    });
  }

  /** A progress bar on standard error, only when a person is watching. */
  private ProgressBar progress(long total) {
    if (quiet || !io.interactive) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("generate").setInitialMax(total)
        .setUnit(" entities", 1).showSpeed().setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
        .build();
  }
}
