package dev.attache.cli;

import dev.attache.data.ReferenceDataset;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonWriter;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "reference", mixinStandardHelpOptions = true,
    description = "Prints the reference dataset: the facts of the five source articles.",
    footer = {"", "Examples:", "  attache reference > reference.json",
        "  attache reference --format ndjson | wc -l"})
final class ReferenceCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = "--format", paramLabel = "json|ndjson", defaultValue = "json",
      description = "A document (indented) or NDJSON, one entity per line (default: ${DEFAULT-VALUE}).")
  String format;

  ReferenceCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    AttacheJson json = AttacheJson.strict();
    Formats chosen = Formats.of(format, null, "--format").requireAttacheJson("reference");
    if (chosen == Formats.NDJSON) {
      try (NdjsonWriter writer = json.ndjsonWriterWithHeader(io.out)) {
        ReferenceDataset.document().entities().forEach(writer::write);
      }
    } else {
      ByteArrayOutputStream compact = new ByteArrayOutputStream();
      json.writeDocument(ReferenceDataset.document(), compact);
      JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      io.text.println(mapper.writeValueAsString(mapper.readTree(compact.toByteArray())));
    }
    io.text.flush();
    return ExitCodes.OK;
  }
}
