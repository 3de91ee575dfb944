package dev.attache.spring.boot.autoconfigure.web;

import dev.attache.validation.Problem;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 responses that carry attache's problems: {@code application/problem+json}, the
 * status's own title, a one-sentence detail in the request's language and a {@code problems}
 * array of {@code {pointer, code, message, value, line, column}}, the form every other part of
 * the library gives a {@link Problem}.
 */
final class ProblemResponses {
  private static final String BUNDLE =
      "dev.attache.spring.boot.autoconfigure.web.ProblemResponses";

  /** The languages the details are written in; the JVM's default locale never leaks in. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ProblemResponses() {}

  /**
   * A problem response.
   *
   * @param status 400 or 422
   * @param detail the key of the detail in the bundle
   * @param problems the problems, in the order to show
   * @param parameter the request parameter that could not be read, or null for the body
   * @param locale the request's language
   */
  static ResponseEntity<ProblemDetail> of(HttpStatus status, String detail,
      List<Problem> problems, String parameter, Locale locale) {
    String text = message(detail, locale);
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status,
        parameter == null ? text : MessageFormat.format(text, parameter));
    body.setTitle(status.getReasonPhrase());
    if (parameter != null) {
      body.setProperty("parameter", parameter);
    }
    body.setProperty("problems", problems);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  /** In the request's language if there is a bundle for it, else in English (the base). */
  private static String message(String key, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, ProblemResponses.class.getClassLoader(),
        NO_FALLBACK).getString(key);
  }
}
