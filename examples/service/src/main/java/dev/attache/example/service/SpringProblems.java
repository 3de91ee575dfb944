package dev.attache.example.service;

import dev.attache.validation.Problem;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (a path that is not there, a method or a media type not supported, an
 * {@code Accept} that cannot be met, a missing parameter) as problems of the service's form:
 * Spring's RFC 9457 answer, with the {@code problems} array every other error of the service
 * carries, and always as {@code application/problem+json}, whatever the request's {@code Accept}
 * (an answer to {@code Accept: garbage} is a 406 with a body, not an empty one).
 *
 * <p>It takes the place of Spring Boot's own handler ({@code spring.mvc.problemdetails}), which
 * gives way to any {@link ResponseEntityExceptionHandler}. Ordered after the service's and the
 * starter's advice, which answer what they know first.
 */
@RestControllerAdvice
@Order(0)
class SpringProblems extends ResponseEntityExceptionHandler {
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> reply =
        super.handleExceptionInternal(exception, body, headers, status, request);
    if (reply == null || !(reply.getBody() instanceof ProblemDetail detail)) {
      return reply; // the response was already committed: nothing more can be said
    }
    int code = reply.getStatusCode().value();
    Object problem;
    if (exception instanceof MissingServletRequestParameterException missing) {
      detail.setProperty("parameter", missing.getParameterName());
      problem = ServiceProblems.aboutParameter(missing.getParameterName(),
          Problem.of("", "parameter.missing", "a required parameter is missing"));
    } else if (exception instanceof HttpRequestMethodNotSupportedException method) {
      problem = Problem.of("", "http." + code, message(code), method.getMethod());
    } else if (exception instanceof HttpMediaTypeNotSupportedException media
        && media.getContentType() != null) {
      problem = Problem.of("", "http." + code, message(code), media.getContentType().toString());
    } else {
      problem = Problem.of("", "http." + code, message(code));
    }
    if (detail.getTitle() == null) {
      detail.setTitle(title(code));
    }
    detail.setProperty("problems", List.of(problem));
    if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
      // an entity that could not be written (406) left its validators on the response: they do
      // not describe the problem (Tomcat removes a header set to null)
      servlet.getResponse().setHeader(HttpHeaders.ETAG, null);
      servlet.getResponse().setHeader(HttpHeaders.LAST_MODIFIED, null);
    }
    return ResponseEntity.status(reply.getStatusCode()).headers(reply.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
  }

  /**
   * The title of an error's answer: the status's reason phrase, for the service's handlers, its
   * {@code /error} page and Tomcat's refusals alike.
   *
   * @param status the HTTP status
   * @return the reason phrase, or {@code Error} for a status HTTP does not name
   */
  static String title(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }

  /**
   * The message of the one problem of an error that only its status describes, for the service's
   * handlers, its {@code /error} page and Tomcat's refusals alike.
   *
   * @param status the HTTP status, 400 or more
   * @return a short sentence in the style of the library's messages
   */
  static String message(int status) {
    return switch (status) {
      case 404 -> "there is nothing at this address";
      case 405 -> "the method is not allowed at this address";
      case 406 -> "the service cannot answer in any of the media types the request accepts";
      case 413 -> "the request is larger than the service takes";
      case 415 -> "the content type is not one this address takes";
      default -> status < 500 ? "the server could not read the request" : "the server failed";
    };
  }
}
