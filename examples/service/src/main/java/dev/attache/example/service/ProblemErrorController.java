package dev.attache.example.service;

import dev.attache.validation.Problem;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page ({@code /error}) that the servlet container forwards to for an error no handler
 * of Spring MVC answered (Tomcat's own 405 to {@code TRACE}, an exception nothing caught): a
 * problem of the service's form, in place of Spring Boot's {@code {timestamp, status, error}}.
 * Never the exception, its message or a stack trace; the log has them. Asked for directly,
 * {@code /error} is a page like any other that is not there: 404.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {
  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      // a failure after the answer began: Tomcat includes this page in what was sent, then
      // closes the connection; a problem in the middle of an NDJSON stream would only look like
      // one more line of it
      return null;
    }
    int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
        && code >= 400 && code <= 599 ? code : HttpStatus.NOT_FOUND.value();
    HttpStatusCode statusCode = HttpStatusCode.valueOf(status);
    String message = SpringProblems.message(status);
    ProblemDetail body = ProblemDetail.forStatusAndDetail(statusCode,
        Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
    body.setTitle(SpringProblems.title(status));
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String instance = path instanceof String uri ? uri : request.getRequestURI();
    try {
      body.setInstance(URI.create(instance));
    } catch (IllegalArgumentException e) {
      // a path that is no URI (what Tomcat refused may be anything): left out
    }
    body.setProperty("problems", List.of(Problem.of("", "http." + status, message)));
    return ResponseEntity.status(statusCode).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
