package dev.attache.validation;

import dev.attache.internal.ProblemMessages;
import dev.attache.internal.RuleContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates any value of the model and reports {@link Problem}s.
 *
 * <p>Uses Hibernate Validator <em>without</em> Jakarta EL: its message interpolator substitutes
 * constraint parameters such as {@code {max}} and evaluates nothing, so a message can never run
 * an expression, least of all one taken from user input. The factory is built once; an instance
 * is immutable and safe to share between threads.
 *
 * <p>Problems come sorted by pointer, then code, so two runs report the same list. Messages are
 * looked up by code in {@code ValidationMessages} for the requested locale (English and Russian
 * ship with the library), falling back to English.
 *
 * <p>Any other Jakarta Validation provider sees the same constraints; {@link #toProblems}
 * turns its violations into the same problems.
 */
public final class AttacheValidator {
  /**
   * The engine announces its version at INFO on first use (HV000001), through java.util.logging
   * unless the application routes its logging elsewhere: a library's users did not ask for it.
   * Held, so that the setting is not collected with the logger.
   */
  private static final java.util.logging.Logger ENGINE_VERSION_LOG = quiet(
      java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version"));

  private static final AttacheValidator STANDARD = new AttacheValidator(
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory());

  private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
    if (logger.getLevel() == null) { // unless the application set one itself
      logger.setLevel(java.util.logging.Level.WARNING);
    }
    return logger;
  }

  private final Validator validator;

  private AttacheValidator(ValidatorFactory factory) {
    this.validator = factory.getValidator();
  }

  /**
   * The shared validator.
   *
   * @return the validator, not null
   */
  public static AttacheValidator standard() {
    return STANDARD;
  }

  /**
   * The problems of a value, in English, for the default group.
   *
   * @param value the value: an entity or any other value of the model, not null
   * @return the problems, sorted by pointer, then code, an unmodifiable list; empty if the value
   *     is valid
   */
  public List<Problem> validate(Object value) {
    return validate(value, Locale.ENGLISH);
  }

  /**
   * The problems of a value, with messages in the given language, for the given groups (the
   * default group if none).
   *
   * @param value the value: an entity or any other value of the model, not null
   * @param locale the language of the messages, not null; English where it has no message
   * @param groups the groups to validate, such as {@link ReferenceData}; none for the default
   *     group alone, else list {@code Default.class} too to keep the default rules; not null
   * @return the problems, sorted by pointer, then code, an unmodifiable list; empty if the value
   *     is valid
   */
  public List<Problem> validate(Object value, Locale locale, Class<?>... groups) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(locale, "locale");
    if (groups.length == 0 && ValidationPlan.certainlyValid(value)) {
      return List.of(); // the fast path: see ValidationPlan
    }
    return toProblems(validator.validate(value, groups), locale);
  }

  /**
   * True if the value has no problem in the default group.
   *
   * @param value the value: an entity or any other value of the model, not null
   * @return true if it is valid, false if it has a problem
   */
  public boolean isValid(Object value) {
    Objects.requireNonNull(value, "value");
    return ValidationPlan.certainlyValid(value) || validator.validate(value).isEmpty();
  }

  /**
   * The value itself if it has no problem in the default group.
   *
   * @param <T> the type of the value
   * @param value the value: an entity or any other value of the model, not null
   * @return the value itself
   * @throws InvalidEntityException listing every problem otherwise
   */
  public <T> T requireValid(T value) {
    List<Problem> problems = validate(value);
    if (!problems.isEmpty()) {
      throw new InvalidEntityException(problems);
    }
    return value;
  }

  /**
   * The underlying Jakarta validator, for method or property validation.
   *
   * @return the Jakarta validator, not null; {@link #toProblems} turns its violations into
   *     problems
   */
  public Validator getValidator() {
    return validator;
  }

  /**
   * Turns violations from any Jakarta Validation provider into problems: pointer from the path,
   * code from the message key, message from this library's bundle in the given language.
   *
   * @param violations the violations, not null, nor any of them null
   * @param locale the language of the messages, not null; English where it has no message
   * @return the problems, sorted by pointer, then code, then message, an unmodifiable list
   */
  public static List<Problem> toProblems(
      Collection<? extends ConstraintViolation<?>> violations, Locale locale) {
    List<Problem> problems = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> violation : violations) {
      problems.add(toProblem(violation, locale));
    }
    problems.sort(null);
    return List.copyOf(problems);
  }

  static Problem toProblem(ConstraintViolation<?> violation, Locale locale) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    String code = Codes.of(violation.getMessageTemplate(), constraint.annotationType());
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    String message = ProblemMessages.format(code, attributes, locale)
        .orElseGet(violation::getMessage);
    Object offending = offending(violation);
    Problem.Builder problem = Problem.builder()
        .pointer(pointer(violation.getPropertyPath()))
        .code(code)
        .message(message);
    if (offending != null) {
      problem.value(String.valueOf(offending));
    }
    return problem.build();
  }

  private static Object offending(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> hibernate =
          violation.unwrap(HibernateConstraintViolation.class);
      Object payload = hibernate.getDynamicPayload(RuleContext.Offending.class);
      if (payload instanceof RuleContext.Offending offending) {
        return offending.value();
      }
    } catch (RuntimeException e) {
      // not Hibernate Validator: fall through to the invalid value
    }
    Object value = violation.getInvalidValue();
    // a class-level rule's invalid value is the whole bean: too much to quote
    return value == violation.getLeafBean() && violation.getLeafBean() != null ? null : value;
  }

  /**
   * The RFC 6901 pointer of a Jakarta property path: {@code parties[1].state} →
   * {@code /parties/1/state}.
   *
   * @param path the property path, not null
   * @return the pointer, with names and keys escaped; {@code ""} for the validated value itself
   */
  public static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer.append('/').append(Problem.escape(String.valueOf(node.getKey())));
      }
      String name = node.getName();
      boolean named = switch (node.getKind()) {
        case PROPERTY, PARAMETER, METHOD, CONSTRUCTOR -> name != null;
        default -> false;
      };
      if (named) {
        pointer.append('/').append(Problem.escape(name));
      }
    }
    return pointer.toString();
  }
}
