package dev.attache.spring.boot.autoconfigure.web;

import dev.attache.common.PartialDate;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Binds a {@link PartialDate} from its text form and prints it back: {@code @RequestParam
 * PartialDate asOf} from {@code 2025}, {@code 2025-10} or {@code 2025-10-13}. A bad value fails
 * with the library's {@code InvalidValueException} ({@code date.malformed} or {@code
 * date.invalid}), which {@link AttacheProblemHandler} answers with a 400 problem.
 */
public class PartialDateFormatter implements Formatter<PartialDate> {
  /** Creates the formatter. */
  public PartialDateFormatter() {}

  @Override
  public PartialDate parse(String text, Locale locale) {
    return PartialDate.parse(text);
  }

  @Override
  public String print(PartialDate value, Locale locale) {
    return value.toString();
  }
}
