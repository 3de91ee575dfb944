package dev.attache.cli;

import dev.attache.json.AttacheJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "schema", mixinStandardHelpOptions = true, description = "Prints the JSON Schema (2020-12) of format 1.",
    footer = {"", "Example:", "  attache schema > attache-1.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  private final Io io;

  SchemaCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.text.print(AttacheJson.schemaText());
    io.text.flush();
    return ExitCodes.OK;
  }
}
