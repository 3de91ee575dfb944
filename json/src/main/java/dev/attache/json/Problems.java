package dev.attache.json;

import dev.attache.validation.Problem;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of a {@link Problem}, for machine-readable reports. */
final class Problems {
  private Problems() {}

  static final Codec<Problem> CODEC =
      new ObjectCodec<Problem, Problem.Builder>("Problem", Problem::builder, Problem.Builder::build)
          .required("pointer", Scalars.TEXT, Problem.Builder::pointer, Problem::getPointer)
          .required("code", Scalars.TEXT, Problem.Builder::code, Problem::getCode)
          .required("message", Scalars.TEXT, Problem.Builder::message, Problem::getMessage)
          .optional("value", Scalars.TEXT, Problem.Builder::value, Problem::getValue)
          .optional("line", Scalars.integer(1, Long.MAX_VALUE), Problem.Builder::line,
              p -> p.getLine().isPresent() ? java.util.Optional.of(p.getLine().getAsLong())
                  : java.util.Optional.empty())
          .optional("column", Scalars.integer(1, Long.MAX_VALUE), Problem.Builder::column,
              p -> p.getColumn().isPresent() ? java.util.Optional.of(p.getColumn().getAsLong())
                  : java.util.Optional.empty());

  static ObjectNode schema(Schemas schemas) {
    return CODEC.schema(schemas);
  }
}
