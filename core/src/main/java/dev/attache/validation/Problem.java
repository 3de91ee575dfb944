package dev.attache.validation;

import dev.attache.common.InvalidValueException;
import dev.attache.internal.ProblemMessages;
import dev.attache.internal.Texts;
import java.util.Locale;
import java.util.Objects;
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
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
@Value.Immutable
public abstract class Problem implements WithProblem, Comparable<Problem>, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  Problem() {}

  /**
   * An RFC 6901 JSON Pointer to the place, {@code ""} for the whole value: {@code /parties/1}.
   *
   * @return the pointer, empty or starting with {@code /}
   */
  public abstract String getPointer();

  /**
   * The stable machine code: {@code agreement.parties.distinct}.
   *
   * @return the code, not null
   */
  public abstract String getCode();

  /**
   * What is wrong, for people.
   *
   * @return the message, one printable line
   */
  public abstract String getMessage();

  /**
   * The offending value's text, at most {@value Texts#EXCERPT_LENGTH} characters.
   *
   * @return the value's text, one printable line, or empty if the problem quotes no value
   */
  public abstract Optional<String> getValue();

  /**
   * The 1-based line in decoded text, when the problem comes from text.
   *
   * @return the line, or empty if the problem does not come from text
   */
  public abstract OptionalLong getLine();

  /**
   * The 1-based column in decoded text, when the problem comes from text.
   *
   * @return the column, or empty if the problem does not come from text
   */
  public abstract OptionalLong getColumn();

  /**
   * A problem that quotes no value.
   *
   * @param pointer the JSON Pointer to the place, {@code ""} for the whole value, not null
   * @param code the stable machine code, not null
   * @param message what is wrong, for people, not null; made one printable line
   * @return the problem, not null
   * @throws InvalidValueException if the pointer is neither empty nor starts with {@code /}
   *     ({@code problem.pointer})
   */
  public static Problem of(String pointer, String code, String message) {
    return ImmutableProblem.builder().pointer(pointer).code(code).message(message).build();
  }

  /**
   * A problem quoting the offending value (its {@code toString()}, cut short).
   *
   * @param pointer the JSON Pointer to the place, {@code ""} for the whole value, not null
   * @param code the stable machine code, not null
   * @param message what is wrong, for people, not null; made one printable line
   * @param value the offending value, not null; its text is made printable and cut to at most
   *     {@value Texts#EXCERPT_LENGTH} characters
   * @return the problem, not null
   * @throws InvalidValueException if the pointer is neither empty nor starts with {@code /}
   *     ({@code problem.pointer})
   */
  public static Problem of(String pointer, String code, String message, Object value) {
    return ImmutableProblem.builder().pointer(pointer).code(code).message(message)
        .value(Texts.abbreviate(String.valueOf(value))).build();
  }

  /**
   * The problem of a broken invariant, at a place.
   *
   * @param pointer the JSON Pointer to the place, {@code ""} for the whole value, not null
   * @param exception the exception, not null; it gives the code and the message
   * @return the problem, not null
   * @throws InvalidValueException if the pointer is neither empty nor starts with {@code /}
   *     ({@code problem.pointer})
   */
  public static Problem of(String pointer, InvalidValueException exception) {
    return of(pointer, exception.getCode(), exception.getMessage());
  }

  /**
   * A problem of one of the library's codes with the library's message for it, in a language and
   * with its parameters filled: what a store or a service reports when it finds, by its own
   * means, what the library would report ({@code dataset.ref.unresolved} found in SQL, say).
   *
   * @param pointer the JSON Pointer to the place, {@code ""} for the whole value, not null
   * @param code the code, not null; one without a message has itself as its message
   * @param parameters the values of the message's parameters by name, such as
   *     {@code {"other": "posting:x"}}, not null
   * @param value the offending value, written as its {@code toString()}, cut to a short excerpt;
   *     not null
   * @param locale the language of the message, not null; English where it has none
   * @return the problem, not null
   * @throws InvalidValueException if the pointer is neither empty nor starts with {@code /}
   *     ({@code problem.pointer})
   */
  public static Problem ofCode(String pointer, String code, java.util.Map<String, ?> parameters,
      Object value, Locale locale) {
    return of(pointer, code, ProblemMessages.format(code, parameters, locale).orElse(code),
        value);
  }

  /**
   * A builder of problems; unlike the factories, it can set a line and a column.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Problem}. The pointer, code and message are required: {@code build()} throws
   * {@link dev.attache.common.InvalidValueException} ({@code attributes.missing}) if one is unset,
   * and {@link InvalidValueException} ({@code problem.pointer}) for a pointer neither empty nor
   * starting with {@code /}. The value is cut to at most {@value Texts#EXCERPT_LENGTH} characters,
   * and the message and the value are made one printable line. Not thread-safe.
   */
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

  /**
   * This problem placed inside a larger document: {@code /entities/3} + {@code /parties/1}.
   *
   * @param pointerPrefix the pointer of this problem's value in the larger document, not null;
   *     empty, or starting with {@code /}, its tokens already escaped
   * @return a problem like this one whose pointer is the prefix followed by this one's
   * @throws InvalidValueException if the prefix is neither empty nor starts with {@code /}
   *     ({@code problem.pointer})
   */
  public Problem under(String pointerPrefix) {
    return withPointer(pointerPrefix + getPointer());
  }

  /**
   * This problem with its message in another language, where the library has one for its code:
   * the general message of the code (the pointer and the value keep the specifics). For English,
   * or where the language has no message for the code, or the message has parameters that only
   * validation can fill, the problem itself. Rule violations are better validated in the language
   * wanted ({@link AttacheValidator#validate(Object, Locale, Class[])}); this serves the
   * problems of decoding and of invariants, reported in English where they are found.
   *
   * @param locale the language wanted, not null; only its language counts
   * @return this problem, or one like it with the translated message
   */
  public Problem translated(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
      return this;
    }
    return ProblemMessages.translation(getCode(), locale)
        .filter(message -> message.indexOf('{') < 0)
        .<Problem>map(this::withMessage)
        .orElse(this);
  }

  /**
   * Escapes one reference token of a JSON Pointer: {@code ~} as {@code ~0}, {@code /} as
   * {@code ~1}.
   *
   * @param token the token: a property name or a map key, not null
   * @return the escaped token, to follow a {@code /} in a pointer
   */
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

  /**
   * {@code /parties/1 agreement.parties.distinct: the parties must be distinct}, and where the
   * problem was found in a text, {@code [line 3, column 14]} after it.
   */
  @Override
  public String toString() {
    // a pointer holds property names as they were: printed, they are escaped like the rest
    return (getPointer().isEmpty() ? "/" : Texts.printable(getPointer())) + " " + getCode() + ": "
        + getMessage()
        + getValue().map(v -> " (" + v + ")").orElse("")
        + (getLine().isEmpty() ? "" : " [line " + getLine().getAsLong()
            + (getColumn().isEmpty() ? "" : ", column " + getColumn().getAsLong()) + "]");
  }
}
