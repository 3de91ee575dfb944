package dev.attache.json;

import dev.attache.model.Entity;
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;

/** The steps every reader shares: one entity with its validation, and parser failures. */
final class Reading {
  private Reading() {}

  /**
   * Reads the entity at the current token; validates it unless told not to. Returns null (with
   * problems recorded) if it is not a valid entity.
   */
  static DecodedEntity entity(Decoder in, boolean validate) {
    TokenStreamLocation start = in.location();
    long before = in.problemCount();
    in.beginEntity();
    Entity entity = EntityCodec.INSTANCE.read(in);
    java.util.Map<String, tools.jackson.databind.JsonNode> unknown = in.takeUnknown();
    if (entity == null || in.problemCount() > before) {
      return null;
    }
    if (validate) {
      java.util.List<Problem> problems = AttacheValidator.standard().validate(entity);
      if (!problems.isEmpty()) {
        String base = in.pointer(); // only now: most entities are valid
        for (Problem problem : problems) {
          in.report(in.locate(problem.under(base), start));
        }
        return null;
      }
    }
    return new DecodedEntity(entity, unknown);
  }

  /**
   * The problem of a parser failure: {@code json.limit} for an exceeded limit,
   * {@code json.number.range} for a number too large for its type, {@code json.syntax} for
   * anything else (broken syntax, invalid UTF-8, a truncated document). The message is Jackson's,
   * cut short so that it never echoes large input.
   */
  private static final java.util.regex.Pattern SOURCE_IN_MESSAGE =
      java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; ");

  private static final java.util.regex.Pattern LIMIT_SOURCE =
      java.util.regex.Pattern.compile(",? from `[^`]*`");

  static Problem failure(JacksonException e, String pointer, long lineOffset) {
    String code = e instanceof StreamConstraintsException ? "json.limit"
        : e instanceof InputCoercionException ? "json.number.range" : "json.syntax";
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
        : e.getOriginalMessage();
    int newline = message.indexOf('\n');
    if (newline > 0) {
      message = message.substring(0, newline);
    }
    // a location inside the message names the source, or says it may not: the problem has its own
    message = SOURCE_IN_MESSAGE.matcher(message).replaceAll("[");
    // and where the limit came from, a class and a method, is Jackson's business, not the client's
    message = LIMIT_SOURCE.matcher(message).replaceAll("");
    // Jackson quotes the token it choked on: make it printable, and short
    message = dev.attache.internal.Texts.printable(message);
    message = message.length() > 200 ? message.substring(0, 199) + "…" : message;
    Problem problem = Problem.of(pointer, code, message);
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      problem = problem.withLine(location.getLineNr() + lineOffset)
          .withColumn(location.getColumnNr());
    }
    return problem;
  }

  /** A failure of the input stream itself, as the I/O error it is rather than a data problem. */
  static java.io.UncheckedIOException ioFailure(tools.jackson.core.exc.JacksonIOException e) {
    java.io.IOException cause = e.getCause();
    return new java.io.UncheckedIOException(cause != null ? cause : new java.io.IOException(e));
  }
}
