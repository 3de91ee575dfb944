package dev.attache.validation;

import dev.attache.common.InvalidValueException;
import dev.attache.common.Texts;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The one shape of every error the library reports, whether it comes from decoding, from a
 * constraint or from a dataset check: where (a JSON Pointer, and for decoded text a line and
 * column), what (a stable machine code, listed in {@code PROBLEMS.md}), a message for people,
 * and the offending value cut to at most {@value Texts#EXCERPT_LENGTH} characters.
 *
 * <p>Codes are stable: a program may switch on them. Messages are not: they may be reworded and
 * are localized. A message and a value are always one printable line: control characters and
 * unpaired surrogates are written as escapes.
 */
@Value.Immutable
public abstract class Problem implements WithProblem, Comparable<Problem>, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  Problem() {}

  /** An RFC 6901 JSON Pointer to the place, {@code ""} for the whole value: {@code /parties/1}. */
  public abstract String getPointer();

  /** The stable machine code: {@code agreement.parties.distinct}. */
  public abstract String getCode();

  /** What is wrong, for people. */
  public abstract String getMessage();

  /** The offending value's text, at most {@value Texts#EXCERPT_LENGTH} characters. */
  public abstract Optional<String> getValue();

  /** The 1-based line in decoded text, when the problem comes from text. */
  public abstract OptionalLong getLine();

  /** The 1-based column in decoded text, when the problem comes from text. */
  public abstract OptionalLong getColumn();

  public static Problem of(String pointer, String code, String message) {
    return ImmutableProblem.builder().pointer(pointer).code(code).message(message).build();
  }

  /** A problem quoting the offending value (its {@code toString()}, cut short). */
  public static Problem of(String pointer, String code, String message, Object value) {
    return ImmutableProblem.builder().pointer(pointer).code(code).message(message)
        .value(Texts.abbreviate(String.valueOf(value))).build();
  }

  /** The problem of a broken invariant, at a place. */
  public static Problem of(String pointer, InvalidValueException exception) {
    return of(pointer, exception.getCode(), exception.getMessage());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }

  @Value.Check
  Problem check() {
    if (!getPointer().isEmpty() && getPointer().charAt(0) != '/') {
      throw new InvalidValueException("problem.pointer",
          "Invalid problem pointer " + InvalidValueException.quote(getPointer())
              + ": a JSON Pointer is empty or starts with '/'");
    }
    Problem problem = this;
    if (getValue().isPresent() && (getValue().get().length() > Texts.EXCERPT_LENGTH
        || Texts.firstUnprintable(getValue().get()) >= 0)) {
      problem = ImmutableProblem.copyOf(problem).withValue(Texts.abbreviate(getValue().get()));
    }
    // a message may quote what a library said of the input: one line, always printable
    if (Texts.firstUnprintable(getMessage()) >= 0) {
      problem = ImmutableProblem.copyOf(problem).withMessage(Texts.printable(getMessage()));
    }
    return problem;
  }

  /** This problem placed inside a larger document: {@code /entities/3} + {@code /parties/1}. */
  public Problem under(String pointerPrefix) {
    return withPointer(pointerPrefix + getPointer());
  }

  /** Escapes one reference token of a JSON Pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Orders by pointer, then code, then message, so reports are stable. */
  @Override
  public int compareTo(Problem other) {
    int c = getPointer().compareTo(other.getPointer());
    if (c == 0) {
      c = getCode().compareTo(other.getCode());
    }
    return c != 0 ? c : getMessage().compareTo(other.getMessage());
  }

  /** {@code /parties/1 agreement.parties.distinct: the parties must be distinct}. */
  @Override
  public String toString() {
    // a pointer holds property names as they were: printed, they are escaped like the rest
    return (getPointer().isEmpty() ? "/" : Texts.printable(getPointer())) + " " + getCode() + ": "
        + getMessage()
        + getValue().map(v -> " (" + v + ")").orElse("");
  }
}
