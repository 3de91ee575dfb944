package dev.attache.cli;

import dev.attache.json.AttacheJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true, description = {
    "Checks documents (.json) and NDJSON streams (.ndjson): syntax, the format, every rule.",
    "Prints each problem on one line, FILE:LINE: /pointer code: message, then a summary.",
    "Streams are read line by line in flat memory, whatever their size."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every entity is valid", "1:problems found",
        "2:usage or I/O error", "3:internal error"},
    footer = {"", "Example:", "  attache validate data.ndjson reference.json"})
final class ValidateCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
  List<Path> files;

  @Mixin
  InputFormatOption inputFormat;

  @Option(names = "--lenient", description = "Accept properties this version does not know.")
  boolean lenient;

  @Mixin
  ThreadsOption threads;

  @Mixin
  VerboseOption verbose;

  ValidateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    threads.check();
    AttacheJson json = lenient ? AttacheJson.lenient() : AttacheJson.strict();
    long valid = 0;
    long invalid = 0;
    long problems = 0;
    int unread = 0;
    for (Path file : files) {
      try (Input input = Input.open(file, inputFormat.of(file), json, threads.of(file))) {
        Input.Counts counts = input.read(entity -> { },
            problem -> io.text.println(Input.line(file, problem)));
        valid += counts.valid;
        invalid += counts.invalid;
        problems += counts.problems;
      } catch (CliException e) {
        io.err.println("attache: " + e.getMessage());
        unread++;
      }
    }
    long checked = valid + invalid;
    int read = files.size() - unread;
    io.text.printf("checked %d %s in %d %s: %d valid, %d invalid, %d %s%s%n",
        checked, checked == 1 ? "entity" : "entities", read, read == 1 ? "file" : "files",
        valid, invalid, problems, problems == 1 ? "problem" : "problems",
        unread == 0 ? "" : "; " + unread + (unread == 1 ? " file" : " files")
            + " could not be read");
    io.text.flush();
    return unread > 0 ? ExitCodes.USAGE_OR_IO : problems > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }
}
