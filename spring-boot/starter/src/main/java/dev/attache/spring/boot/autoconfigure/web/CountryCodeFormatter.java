package dev.attache.spring.boot.autoconfigure.web;

import dev.attache.common.CountryCode;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Binds a {@link CountryCode} from its text form and prints it back: {@code @RequestParam
 * CountryCode host} from {@code TM}. A bad value fails with the library's {@code
 * InvalidValueException} ({@code country.unknown}), which {@link AttacheProblemHandler} answers
 * with a 400 problem.
 */
public class CountryCodeFormatter implements Formatter<CountryCode> {
  /** Creates the formatter. */
  public CountryCodeFormatter() {}

  @Override
  public CountryCode parse(String text, Locale locale) {
    return CountryCode.parse(text);
  }

  @Override
  public String print(CountryCode value, Locale locale) {
    return value.toString();
  }
}
