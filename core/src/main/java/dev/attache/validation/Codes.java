package dev.attache.validation;

import dev.attache.internal.ProblemMessages;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * The stable code of a violation. A constraint of this library carries its code as its message
 * key ({@code {agreement.parties.distinct}}); a standard Jakarta constraint gets a code by its
 * type ({@code @Size} → {@code value.size}), whatever message it carries.
 */
final class Codes {
  private static final Map<String, String> STANDARD = Map.ofEntries(
      Map.entry("NotNull", "value.required"),
      Map.entry("NotBlank", "value.blank"),
      Map.entry("NotEmpty", "value.empty"),
      Map.entry("Size", "value.size"),
      Map.entry("Positive", "value.positive"),
      Map.entry("PositiveOrZero", "value.min"),
      Map.entry("Min", "value.min"),
      Map.entry("Max", "value.max"),
      Map.entry("Pattern", "value.pattern"));

  private Codes() {}

  static String of(String messageTemplate, Class<? extends Annotation> constraint) {
    if (messageTemplate.length() > 2 && messageTemplate.startsWith("{")
        && messageTemplate.endsWith("}")) {
      String key = messageTemplate.substring(1, messageTemplate.length() - 1);
      if (!key.startsWith("jakarta.") && !key.startsWith("org.hibernate.")
          && ProblemMessages.isCode(key)) {
        return key;
      }
    }
    return STANDARD.getOrDefault(constraint.getSimpleName(), "value.invalid");
  }
}
