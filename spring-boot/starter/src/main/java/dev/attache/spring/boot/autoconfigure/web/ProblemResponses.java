package dev.attache.spring.boot.autoconfigure.web;

import dev.attache.validation.Problem;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 responses that carry attache's problems: {@code application/problem+json}, the
 * status's own title, a one-sentence detail in the request's language and a {@code problems}
 * array of {@code {pointer, code, message, value, line, column}}, the form every other part of
 * the library gives a {@link Problem}. A problem about a request parameter names it as well,
 * {@code {parameter, pointer, …}}, its pointer being relative to the parameter's value.
 */
final class ProblemResponses {
  private static final String BUNDLE =
      "dev.attache.spring.boot.autoconfigure.web.ProblemResponses";

  /** The languages the details are written in; the JVM's default locale never leaks in. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ProblemResponses() {}

  /**
   * A problem, about a request parameter or about the body.
   *
   * @param parameter the name of the parameter, or null for the body
   * @param problem the problem, its pointer relative to the parameter's value or to the body
   */
  record Entry(String parameter, Problem problem) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int c = problem.compareTo(other.problem);
      return c != 0 ? c : String.valueOf(parameter).compareTo(String.valueOf(other.parameter));
    }

    /** The JSON form: the problem's, with the parameter's name first if there is one. */
    Object json() {
      if (parameter == null) {
        return problem;
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("parameter", parameter);
      json.put("pointer", problem.getPointer());
      json.put("code", problem.getCode());
      json.put("message", problem.getMessage());
      problem.getValue().ifPresent(value -> json.put("value", value));
      problem.getLine().ifPresent(line -> json.put("line", line));
      problem.getColumn().ifPresent(column -> json.put("column", column));
      return json;
    }
  }

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
    return of(status, parameter == null ? text : MessageFormat.format(text, parameter),
        problems.stream().map(problem -> new Entry(parameter, problem)).toList(), parameter);
  }

  /**
   * A problem response with problems about several parameters, the body, or both.
   *
   * @param status 400 or 422
   * @param detail the detail, in the request's language
   * @param problems the problems, in the order to show
   * @param parameter the one request parameter all the problems are about, or null
   */
  static ResponseEntity<ProblemDetail> of(HttpStatus status, String detail, List<Entry> problems,
      String parameter) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle(status.getReasonPhrase());
    if (parameter != null) {
      body.setProperty("parameter", parameter);
    }
    List<Object> json = new ArrayList<>(problems.size());
    problems.forEach(problem -> json.add(problem.json()));
    body.setProperty("problems", json);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  /**
   * A text of the bundle in the request's language, its arguments put in.
   *
   * @param key the key of the text
   * @param locale the request's language
   * @param arguments what the text's {@code {0}}, {@code {1}}… stand for
   */
  static String text(String key, Locale locale, Object... arguments) {
    String text = message(key, locale);
    return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
  }

  /** In the request's language if there is a bundle for it, else in English (the base). */
  private static String message(String key, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, ProblemResponses.class.getClassLoader(),
        NO_FALLBACK).getString(key);
  }
}
