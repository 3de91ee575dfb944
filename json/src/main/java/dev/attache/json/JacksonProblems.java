package dev.attache.json;

import dev.attache.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The problems of any failure of Jackson to read a document, with pointers from the document's
 * root: what a service answers a client whose request body could not be read. A
 * {@link JsonDecodingException} gives its own problems placed under Jackson's path; broken
 * syntax and exceeded limits give {@code json.syntax}, {@code json.limit} or
 * {@code json.number.range} with a line and a column; a failure of an application's own types
 * gives {@code json.property.unknown}, {@code json.null}, {@code json.type} or
 * {@code json.value}. Messages never quote a Java class or more than an excerpt of the input.
 */
public final class JacksonProblems {
  private JacksonProblems() {}

  /**
   * The problems of a failure to read a document.
   *
   * @param failure what Jackson threw while reading, not null
   * @return the problems, at least one, with pointers from the document's root, unmodifiable
   */
  public static List<Problem> of(JacksonException failure) {
    String base = pointer(failure.getPath());
    if (failure instanceof JsonDecodingException decoding) {
      List<Problem> problems = new ArrayList<>(decoding.getProblems().size());
      for (Problem problem : decoding.getProblems()) {
        problems.add(problem.under(base));
      }
      return List.copyOf(problems);
    }
    if (failure instanceof StreamConstraintsException) {
      // a limit of the parser (nesting, number or name length): Jackson 3 does not make it a
      // StreamReadException, but it is the parser's failure all the same
      return List.of(Reading.failure(failure, base, 0));
    }
    if (failure instanceof StreamReadException read) {
      // the parser knows the place to the property; Jackson's path may stop at its container
      String where = where(read);
      return List.of(Reading.failure(failure, where.length() >= base.length() ? where : base, 0));
    }
    Problem problem;
    if (failure instanceof UnrecognizedPropertyException unknown) {
      problem = Problem.of(base, "json.property.unknown",
          "unknown property '" + unknown.getPropertyName() + "'");
    } else if (failure instanceof InvalidNullException) {
      problem = Problem.of(base, "json.null", "null is not allowed here");
    } else if (failure instanceof InvalidFormatException format && format.getValue() != null) {
      problem = Problem.of(base, "json.type", "a value of the wrong form", format.getValue());
    } else if (failure instanceof MismatchedInputException
        && String.valueOf(failure.getOriginalMessage()).startsWith("Trailing token")) {
      // FAIL_ON_TRAILING_TOKENS: a second value after the document, as attache's readers say
      problem = Problem.of("", "json.trailing", "there is more after the end of the document");
    } else if (failure instanceof MismatchedInputException) {
      problem = Problem.of(base, "json.type", "a value of the wrong type");
    } else {
      problem = Problem.of(base, "json.value", "a value that cannot be read here");
    }
    return List.of(located(problem, failure));
  }

  private static Problem located(Problem problem, JacksonException failure) {
    var location = failure.getLocation();
    if (location == null || location.getLineNr() <= 0) {
      return problem;
    }
    return Problem.builder().from(problem).line(location.getLineNr())
        .column(location.getColumnNr()).build();
  }

  /** Where the parser was when the syntax broke: the property or element it was reading. */
  private static String where(StreamReadException failure) {
    JsonParser parser = failure.processor();
    TokenStreamContext context = parser == null ? null : parser.streamReadContext();
    if (context == null) {
      return "";
    }
    return context.pathAsPointer().toString();
  }

  /** The RFC 6901 pointer of Jackson's path: property names escaped, indexes as numbers. */
  static String pointer(List<JacksonException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      pointer.append('/');
      if (reference.getPropertyName() != null) {
        pointer.append(Problem.escape(reference.getPropertyName()));
      } else if (reference.getIndex() >= 0) {
        pointer.append(reference.getIndex());
      } else {
        pointer.append('-'); // Jackson lost the place (a value of an unknown index)
      }
    }
    return pointer.toString();
  }
}
