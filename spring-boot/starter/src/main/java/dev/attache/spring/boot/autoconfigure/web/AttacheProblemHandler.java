package dev.attache.spring.boot.autoconfigure.web;

import dev.attache.common.InvalidValueException;
import dev.attache.json.JacksonProblems;
import dev.attache.json.JsonDecodingException;
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.InvalidEntityException;
import dev.attache.validation.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Answers a request that attache could not accept with an RFC 9457 problem
 * ({@code application/problem+json}) listing every {@link Problem}: pointer, code, message in the
 * request's language, and the offending value.
 *
 * <ul>
 *   <li><b>400 Bad Request</b> for input that cannot be read: malformed JSON (with its line and
 *       column), a property the model does not have, a value of the wrong type, a bad id, country
 *       or date in the body or in a path variable or request parameter.</li>
 *   <li><b>422 Unprocessable Content</b> for input that was read but breaks the rules of the model
 *       ({@code @Valid}, method validation, {@link InvalidEntityException}): the request is
 *       well-formed, so repeating it unchanged cannot succeed, and a client can tell "fix the
 *       syntax" from "fix the content".</li>
 * </ul>
 *
 * <p>The same exceptions about an application's own types get the same form, so that a client
 * reads one kind of error body. Pointers are relative to the request body, or, for a problem
 * about a path variable or request parameter, to the parameter its {@code parameter} property
 * names (the response's own {@code parameter} property too, when all its problems are about
 * one); never a stack trace, a class name or more than an excerpt of the input.
 *
 * <p>Ordered just before Spring Boot's own problem-details handler
 * ({@code spring.mvc.problemdetails.enabled}, order 0), which would otherwise answer these
 * exceptions without their problems. An application's advice for the same exceptions takes over
 * with an order below {@link #ORDER}; or replace this bean, which the starter then leaves out.
 */
@RestControllerAdvice
public class AttacheProblemHandler implements Ordered {
  /** The order of this advice: just before Spring Boot's problem-details handler. */
  public static final int ORDER = -1;

  /** Creates the handler. */
  public AttacheProblemHandler() {}

  @Override
  public int getOrder() {
    return ORDER;
  }

  /**
   * A body that is not JSON, or not the JSON of what the method takes: 400.
   *
   * @param exception what Spring threw, not null
   * @param locale the request's language
   * @return the problem response
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception,
      Locale locale) {
    JacksonException jackson = cause(exception, JacksonException.class);
    List<Problem> problems;
    if (jackson != null) {
      problems = JacksonProblems.of(jackson);
    } else if (exception.getMessage() != null
        && exception.getMessage().startsWith("Required request body is missing")) {
      problems = List.of(Problem.of("", "json.empty", "the request has no body"));
    } else {
      problems = List.of(Problem.of("", "json.syntax", "the request body could not be read"));
    }
    return ProblemResponses.of(HttpStatus.BAD_REQUEST, "unreadable", translated(problems, locale),
        null, locale);
  }

  /**
   * A value of the model that an application read itself and found unreadable: 400.
   *
   * @param exception the problems, not null
   * @param locale the request's language
   * @return the problem response
   */
  @ExceptionHandler(JsonDecodingException.class)
  public ResponseEntity<ProblemDetail> undecodable(JsonDecodingException exception,
      Locale locale) {
    return ProblemResponses.of(HttpStatus.BAD_REQUEST, "unreadable",
        translated(JacksonProblems.of(exception), locale), null, locale);
  }

  /**
   * A path variable or request parameter that does not convert: a bad id, country or date
   * (the library's code), or a value of another type ({@code value.invalid}): 400.
   *
   * @param exception what Spring threw, not null
   * @param locale the request's language
   * @return the problem response
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException exception,
      Locale locale) {
    InvalidValueException invalid = cause(exception, InvalidValueException.class);
    Object value = exception.getValue();
    Problem problem = invalid != null
        ? Problem.of("", invalid.getCode(), invalid.getMessage(), value)
        : Problem.of("", "value.invalid", "not a valid value of its type", value);
    return ProblemResponses.of(HttpStatus.BAD_REQUEST, "parameter",
        translated(List.of(problem), locale), exception.getName(), locale);
  }

  /**
   * A value that broke an invariant where the application built it from the request: 400.
   *
   * @param exception the broken invariant, not null
   * @param locale the request's language
   * @return the problem response
   */
  @ExceptionHandler(InvalidValueException.class)
  public ResponseEntity<ProblemDetail> invalidValue(InvalidValueException exception,
      Locale locale) {
    return ProblemResponses.of(HttpStatus.BAD_REQUEST, "unreadable",
        translated(List.of(Problem.of("", exception)), locale), null, locale);
  }

  /**
   * A {@code @Valid} body (or model attribute) that breaks rules: 422; 400 if a part of it could
   * not even be bound.
   *
   * @param exception what Spring threw, not null
   * @param locale the request's language
   * @return the problem response
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception,
      Locale locale) {
    List<ConstraintViolation<?>> violations = new ArrayList<>();
    List<Problem> unbound = new ArrayList<>();
    for (ObjectError error : exception.getBindingResult().getAllErrors()) {
      if (error.contains(ConstraintViolation.class)) {
        violations.add(error.unwrap(ConstraintViolation.class));
      } else {
        unbound.add(Problem.of(error instanceof FieldError field ? pointer(field.getField()) : "",
            "value.invalid", "not a valid value of its type",
            error instanceof FieldError field && field.getRejectedValue() != null
                ? field.getRejectedValue() : ""));
      }
    }
    List<Problem> problems = new ArrayList<>(AttacheValidator.toProblems(violations, locale));
    problems.addAll(translated(unbound, locale));
    return ProblemResponses.of(unbound.isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT
        : HttpStatus.BAD_REQUEST, unbound.isEmpty() ? "invalid" : "unreadable", problems, null,
        locale);
  }

  /**
   * Parameters that break rules under Spring's method validation: 422, each problem naming its
   * parameter, its pointer relative to the parameter's value; a request body's are relative to
   * the body.
   *
   * @param exception what Spring threw, not null
   * @param locale the request's language
   * @return the problem response, or 500 without details for a return value that breaks rules
   *     (the server's fault, not the client's)
   */
  @ExceptionHandler(HandlerMethodValidationException.class)
  public ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException exception,
      Locale locale) {
    if (exception.isForReturnValue()) {
      return ResponseEntity.internalServerError()
          .body(ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR));
    }
    List<ProblemResponses.Entry> problems = new ArrayList<>();
    Set<String> parameters = new LinkedHashSet<>();
    boolean body = false;
    for (ParameterValidationResult result : exception.getParameterValidationResults()) {
      boolean isBody = result.getMethodParameter().hasParameterAnnotation(RequestBody.class);
      String name = isBody ? null : requestName(result.getMethodParameter());
      List<ConstraintViolation<?>> violations = new ArrayList<>();
      for (MessageSourceResolvable error : result.getResolvableErrors()) {
        ConstraintViolation<?> violation = violation(result, error);
        if (violation != null) {
          violations.add(violation);
        }
      }
      for (ConstraintViolation<?> violation : violations) {
        Problem problem = AttacheValidator.toProblems(List.of(violation), locale).get(0);
        problems.add(new ProblemResponses.Entry(name, Problem.builder().from(problem)
            .pointer(pointerInParameter(violation.getPropertyPath())).build()));
        if (isBody) {
          body = true;
        } else {
          parameters.add(name);
        }
      }
    }
    problems.sort(null);
    String detail;
    if (body || parameters.isEmpty()) {
      detail = ProblemResponses.text("invalid", locale);
    } else if (parameters.size() == 1) {
      detail = ProblemResponses.text("parameter.invalid", locale, parameters.iterator().next());
    } else {
      List<String> quoted = new ArrayList<>();
      parameters.forEach(name -> quoted.add(ProblemResponses.text("quoted", locale, name)));
      detail = ProblemResponses.text("parameters.invalid", locale,
          String.join(ProblemResponses.text("separator", locale), quoted));
    }
    return ProblemResponses.of(HttpStatus.UNPROCESSABLE_CONTENT, detail, problems,
        !body && parameters.size() == 1 ? parameters.iterator().next() : null);
  }

  /**
   * An entity that an application checked with {@code requireValid}: 422.
   *
   * @param exception the problems, not null
   * @param locale the request's language
   * @return the problem response
   */
  @ExceptionHandler(InvalidEntityException.class)
  public ResponseEntity<ProblemDetail> invalidEntity(InvalidEntityException exception,
      Locale locale) {
    return ProblemResponses.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid",
        translated(exception.getProblems(), locale), null, locale);
  }

  /** The name a request gives the parameter: the annotation's, else the Java parameter's. */
  private static String requestName(MethodParameter parameter) {
    String name = "";
    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
    PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
    RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
    if (param != null) {
      name = param.name();
    } else if (variable != null) {
      name = variable.name();
    } else if (header != null) {
      name = header.name();
    }
    return name.isEmpty() ? parameter.getParameterName() : name;
  }

  private static ConstraintViolation<?> violation(ParameterValidationResult result,
      MessageSourceResolvable error) {
    try {
      return result.unwrap(error, ConstraintViolation.class);
    } catch (IllegalArgumentException e) {
      return null; // not from Jakarta Validation
    }
  }

  private static List<Problem> translated(List<Problem> problems, Locale locale) {
    return problems.stream().map(problem -> problem.translated(locale)).toList();
  }

  /** The first cause of the given type, the exception itself included. */
  private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /**
   * The pointer of a violation below the parameter it is about: the method's and the parameter's
   * nodes dropped, {@code create.agreement.parties[1]} → {@code /parties/1}.
   */
  static String pointerInParameter(Path path) {
    String full = AttacheValidator.pointer(path);
    StringBuilder prefix = new StringBuilder();
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind != ElementKind.METHOD && kind != ElementKind.CONSTRUCTOR
          && kind != ElementKind.PARAMETER && kind != ElementKind.CROSS_PARAMETER) {
        break;
      }
      if (kind != ElementKind.CROSS_PARAMETER && node.getName() != null) {
        prefix.append('/').append(Problem.escape(node.getName()));
      }
    }
    return full.startsWith(prefix.toString()) ? full.substring(prefix.length()) : full;
  }

  /** The pointer of a Spring property path: {@code parties[1].state} → {@code /parties/1/state}. */
  static String pointer(String field) {
    StringBuilder pointer = new StringBuilder();
    for (String part : field.split("[.\\[]")) {
      if (!part.isEmpty()) {
        String token = part.endsWith("]") ? part.substring(0, part.length() - 1) : part;
        pointer.append('/').append(Problem.escape(token));
      }
    }
    return pointer.toString();
  }
}
