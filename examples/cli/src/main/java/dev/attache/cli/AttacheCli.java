package dev.attache.cli;

import dev.attache.fixtures.generate.DatasetGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code attache} command-line tool. */
@Command(name = "attache", mixinStandardHelpOptions = true,
    versionProvider = AttacheCli.Version.class,
    description = "Works with data on international digital cooperation in attache format 1.",
    commandListHeading = "%nCommands:%n",
    footer = {"", "Examples:", "  attache report --between RU TM",
        "  attache generate --count 100000 --seed 42 --out data.ndjson",
        "  attache validate data.ndjson", "",
        "Run 'attache COMMAND --help' for the options and examples of a command."})
public final class AttacheCli implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
    int status = run(args, out, System.err, System.console() != null);
    System.exit(status);
  }

  // held so that the setting is not collected with the logger
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  /** Runs the tool with these streams and returns its exit status. */
  static int run(String[] args, OutputStream out, OutputStream err, boolean interactive) {
    // the validation engine announces its version at start; a command-line tool keeps quiet
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    Io io = new Io(out, err, interactive);
    CommandLine command = new CommandLine(new AttacheCli())
        .addSubcommand(new CommandLine(new ReportCommand(io)))
        .addSubcommand(new CommandLine(new ValidateCommand(io)))
        .addSubcommand(new CommandLine(new GenerateCommand(io)))
        .addSubcommand(new CommandLine(new ConvertCommand(io)))
        .addSubcommand(new CommandLine(new SchemaCommand(io)))
        .addSubcommand(new CommandLine(new ReferenceCommand(io)));
    command.setOut(io.text).setErr(io.err);
    command.setExecutionExceptionHandler((exception, commandLine, parsed) -> {
      io.text.flush();
      if (exception instanceof CliException cli) {
        io.err.println("attache: " + cli.getMessage());
        return cli.exitCode;
      }
      if (exception instanceof UncheckedIOException io2) {
        io.err.println("attache: I/O error: " + io2.getCause().getMessage());
        return ExitCodes.USAGE_OR_IO;
      }
      io.err.println("attache: internal error: " + exception);
      if (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose")) {
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        io.err.print(trace);
      } else {
        io.err.println("attache: run again with --verbose for the details");
      }
      return ExitCodes.INTERNAL;
    });
    int status = command.execute(args);
    io.flush();
    return status;
  }

  /** The version of the tool and of its generator. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AttacheCli.class.getPackage().getImplementationVersion();
      return new String[] {"attache " + (version == null ? "0.1.0-SNAPSHOT" : version)
          + " (format attache/1, generator " + DatasetGenerator.VERSION + ")"};
    }
  }
}
