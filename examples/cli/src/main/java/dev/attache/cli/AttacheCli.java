package dev.attache.cli;

import dev.attache.data.generate.DatasetGenerator;
import dev.attache.json.AttacheJson;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.core.exc.JacksonIOException;

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
    warmUp();
    // the file descriptor itself, not System.out: a PrintStream would swallow write errors
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    int status = run(args, out, System.err, System.console() != null);
    System.exit(status);
  }

  /**
   * Builds the JSON codecs and the validation engine on another core while the command line is
   * parsed: most commands need both, and together they are most of what the first entity waits
   * for. A daemon thread, so that a command that needs neither does not wait for it; a failure
   * here shows again, and is reported, where the command uses them.
   */
  private static void warmUp() {
    Thread warm = new Thread(() -> {
      try {
        // in the order a command needs them: the codecs open the input, the engine checks it
        dev.attache.json.AttacheJson.strict();
        dev.attache.validation.AttacheValidator.standard();
      } catch (RuntimeException | LinkageError e) {
        // reported by the command that needs them
      }
    }, "attache-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  // held so that the setting is not collected with the logger
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  /** Runs the tool with these streams and returns its exit status. */
  static int run(String[] args, OutputStream out, OutputStream err, boolean interactive) {
    // the validation engine announces its version at start; a command-line tool keeps quiet
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    Io io = new Io(out, err, interactive);
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("report", () -> new ReportCommand(io));
    commands.put("validate", () -> new ValidateCommand(io));
    commands.put("generate", () -> new GenerateCommand(io));
    commands.put("convert", () -> new ConvertCommand(io));
    commands.put("schema", () -> new SchemaCommand(io));
    commands.put("reference", () -> new ReferenceCommand(io));
    // picocli reads each command's annotations when it is added: a run that names its command
    // gets that one only, anything else (help, a typo to suggest against) gets them all
    String named = args.length > 0 && commands.containsKey(args[0]) ? args[0] : null;
    CommandLine command = new CommandLine(new AttacheCli());
    commands.forEach((name, make) -> {
      if (named == null || named.equals(name)) {
        command.addSubcommand(new CommandLine(make.get()));
      }
    });
    command.setOut(io.text).setErr(io.err);
    // every command answers --version as the tool does
    command.getSubcommands().values()
        .forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
    boolean[] failed = new boolean[1];
    command.setExecutionExceptionHandler((exception, commandLine, parsed) -> {
      failed[0] = true;
      return failed(io, exception,
          parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
    });
    // help and version are printed outside the commands: their failed writes too end here
    command.setExecutionStrategy(parsed -> {
      try {
        return new CommandLine.RunLast().execute(parsed);
      } catch (OutputFailure e) {
        failed[0] = true;
        return failed(io, e, false);
      }
    });
    // picocli's messages quote the arguments: made printable like every other line
    command.setParameterExceptionHandler((exception, arguments) -> {
      io.err.println("attache: " + Printable.of(exception.getMessage()));
      CommandLine.UnmatchedArgumentException.printSuggestions(exception, io.err);
      io.err.println("Run '" + exception.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for the options and examples.");
      return ExitCodes.USAGE_OR_IO;
    });
    int status;
    try {
      status = command.execute(args);
      if (!failed[0]) {
        io.flush(); // the last buffered output may be where a write fails
      }
    } catch (RuntimeException | Error e) {
      status = failed(io, e, false);
    }
    return status;
  }

  /** The exit status of a failure, after saying what failed: never a stack trace by default. */
  private static int failed(Io io, Throwable exception, boolean verbose) {
    Throwable failure = exception instanceof CommandLine.ExecutionException
        && exception.getCause() != null ? exception.getCause() : exception;
    if (failure instanceof OutputFailure output && output.isClosedPipe()
        && output.where().equals(Io.STANDARD_OUTPUT)) {
      return ExitCodes.CLOSED_PIPE; // the reader has all it wanted: quietly, as Unix tools do
    }
    if (!(failure instanceof OutputFailure)) {
      try {
        io.text.flush(); // what was printed before the failure, such as the problems found
      } catch (OutputFailure ignored) {
        // standard output is failing too: the failure at hand is reported below
      }
    }
    if (failure instanceof CliException cli) {
      io.err.println("attache: " + cli.getMessage());
      return cli.exitCode;
    }
    if (failure instanceof OutputFailure output) {
      io.err.println("attache: " + output.getMessage());
      return ExitCodes.USAGE_OR_IO;
    }
    if (failure instanceof JacksonIOException jackson) {
      IOException cause = jackson.getCause();
      io.err.println("attache: I/O error: " + (cause != null ? Io.reason(cause)
          : Printable.of(jackson.getOriginalMessage())));
      return ExitCodes.USAGE_OR_IO;
    }
    if (failure instanceof UncheckedIOException unchecked) {
      io.err.println("attache: I/O error: " + Io.reason(unchecked.getCause()));
      return ExitCodes.USAGE_OR_IO;
    }
    io.err.println("attache: internal error: " + (failure instanceof OutOfMemoryError
        ? "out of memory (java -Xmx sets the heap)" : Printable.of(failure)));
    if (verbose) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      io.err.print(trace);
    } else {
      io.err.println("attache: run again with --verbose for the details");
    }
    io.err.flush();
    return ExitCodes.INTERNAL;
  }

  /** The version of the tool, of the format it writes and of its generator, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"attache " + version() + " (format " + AttacheJson.FORMAT
          + ", generator " + DatasetGenerator.VERSION + ")"};
    }

    /** The version the build wrote into {@code version.properties}. */
    static String version() {
      Properties properties = new Properties();
      try (InputStream in = AttacheCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        // reported as unknown below
      }
      return properties.getProperty("version", "(unknown version)");
    }
  }
}
