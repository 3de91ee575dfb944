package dev.attache;

import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.util.List;

/** Test shorthand: the problems of a value as {@code "pointer code"} lines. */
public final class Checked {
  private Checked() {}

  public static List<String> problems(Object value) {
    return AttacheValidator.standard().validate(value).stream()
        .map(p -> p.getPointer() + " " + p.getCode())
        .toList();
  }

  public static List<Problem> full(Object value) {
    return AttacheValidator.standard().validate(value);
  }
}
