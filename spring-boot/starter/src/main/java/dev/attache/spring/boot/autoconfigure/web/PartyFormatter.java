package dev.attache.spring.boot.autoconfigure.web;

import dev.attache.model.Party;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Binds a {@link Party} from its text form and prints it back: {@code @RequestParam Party a} from
 * {@code RU} (a state) or {@code org:undp} (an organization). A bad value fails with the
 * library's {@code InvalidValueException} ({@code country.unknown}, {@code id.malformed},
 * {@code id.kind}), which {@link AttacheProblemHandler} answers with a 400 problem.
 */
public class PartyFormatter implements Formatter<Party> {
  /** Creates the formatter. */
  public PartyFormatter() {}

  @Override
  public Party parse(String text, Locale locale) {
    return Party.parse(text);
  }

  @Override
  public String print(Party value, Locale locale) {
    return value.toString();
  }
}
