package dev.attache.example.service;

import dev.attache.postgres.StoreException;
import dev.attache.postgres.VersionConflictException;
import dev.attache.validation.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The service's own failures as RFC 9457 problems of the same form as the starter's (a
 * {@code problems} array of {@code {pointer, code, message}}): 404 for an entity not there, 409
 * for a version conflict (with the version the store holds), 422 for an id that is not the
 * path's, 400 for an {@code If-Match} of another form or a blank request parameter, 503 when the
 * database fails. The starter answers what is wrong with the input; {@link SpringProblems} the
 * rest of Spring MVC's errors, and {@link ProblemErrorController} whatever reaches the error
 * page. Never a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceProblems {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceProblems.class);

  @ExceptionHandler(EntityNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(EntityNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "entity.unknown", e.getMessage(), Map.of());
  }

  @ExceptionHandler(VersionConflictException.class)
  ResponseEntity<ProblemDetail> conflict(VersionConflictException e) {
    return problem(HttpStatus.CONFLICT, "entity.version", e.getMessage(),
        Map.of("id", e.getId(), "currentVersion", e.getActualVersion(),
            "expectedVersion", e.getExpectedVersion()));
  }

  @ExceptionHandler(EntityController.IdMismatchException.class)
  ResponseEntity<ProblemDetail> idMismatch(EntityController.IdMismatchException e) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT,
        Problem.of("/id", "id.path", e.getMessage(), e.bodyId()), Map.of());
  }

  /** A blank value of a request parameter: 400 in the starter's form for a parameter. */
  @ExceptionHandler(QuestionController.BlankParameterException.class)
  ResponseEntity<ProblemDetail> blankParameter(QuestionController.BlankParameterException e,
      Locale locale) {
    Problem blank =
        Problem.of("", "value.blank", "must not be blank", e.value()).translated(locale);
    ResponseEntity<ProblemDetail> reply =
        problem(HttpStatus.BAD_REQUEST, blank, Map.of("parameter", e.parameter()));
    reply.getBody().setDetail("The parameter '" + e.parameter() + "' could not be read.");
    reply.getBody().setProperty("problems", List.of(aboutParameter(e.parameter(), blank)));
    return reply;
  }

  /** Too many exports at once: the client may retry shortly. */
  @ExceptionHandler(EntityController.ExportsBusyException.class)
  ResponseEntity<ProblemDetail> exportsBusy(EntityController.ExportsBusyException e) {
    ResponseEntity<ProblemDetail> reply = problem(HttpStatus.SERVICE_UNAVAILABLE, "export.busy",
        e.getMessage(), Map.of());
    return ResponseEntity.status(reply.getStatusCode()).headers(reply.getHeaders())
        .header(HttpHeaders.RETRY_AFTER, "5").body(reply.getBody());
  }

  @ExceptionHandler(Etags.BadIfMatchException.class)
  ResponseEntity<ProblemDetail> badIfMatch(Etags.BadIfMatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "header.if-match", e.getMessage(),
        Map.of("header", "If-Match"));
  }

  /** The database is down or refused: the client may retry later; the log has the cause. */
  @ExceptionHandler(StoreException.class)
  ResponseEntity<ProblemDetail> storeFailed(StoreException e) {
    LOG.error("The store failed", e);
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "store.failed",
        "the database could not answer; try again later", Map.of());
  }

  /**
   * A problem about a request parameter as the starter writes one: the parameter's name, then
   * the problem, its pointer relative to the parameter's value.
   */
  static Map<String, Object> aboutParameter(String parameter, Problem problem) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("parameter", parameter);
    json.put("pointer", problem.getPointer());
    json.put("code", problem.getCode());
    json.put("message", problem.getMessage());
    problem.getValue().ifPresent(value -> json.put("value", value));
    return json;
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code,
      String message, Map<String, Object> properties) {
    return problem(status, Problem.of("", code, message), properties);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, Problem problem,
      Map<String, Object> properties) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, problem.getMessage());
    body.setTitle(status.getReasonPhrase());
    properties.forEach(body::setProperty);
    body.setProperty("problems", List.of(problem));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
