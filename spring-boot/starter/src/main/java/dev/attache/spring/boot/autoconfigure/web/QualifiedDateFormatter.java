package dev.attache.spring.boot.autoconfigure.web;

import dev.attache.common.QualifiedDate;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Binds a {@link QualifiedDate} from its text form and prints it back: {@code @RequestParam
 * QualifiedDate signed} from {@code 2025}, {@code ~2019} or {@code >=2023-05}. A bad value fails
 * with the library's {@code InvalidValueException} ({@code date.malformed} or {@code
 * date.invalid}), which {@link AttacheProblemHandler} answers with a 400 problem.
 */
public class QualifiedDateFormatter implements Formatter<QualifiedDate> {
  /** Creates the formatter. */
  public QualifiedDateFormatter() {}

  @Override
  public QualifiedDate parse(String text, Locale locale) {
    return QualifiedDate.parse(text);
  }

  @Override
  public String print(QualifiedDate value, Locale locale) {
    return value.toString();
  }
}
