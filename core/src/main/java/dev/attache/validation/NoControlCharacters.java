package dev.attache.validation;

import dev.attache.internal.constraints.NoControlCharactersValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that reads back from JSON as it was written ({@code value.character}): no control
 * character but tab, line feed and carriage return, and no unpaired surrogate (half of a
 * character, which no encoder can write). The JSON reader refuses both, so an entity that passes
 * validation is never written to JSON that cannot be read. Accepts null.
 */
@Documented
@Constraint(validatedBy = NoControlCharactersValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoControlCharacters {
  /**
   * The message template: a key of {@code ValidationMessages} in braces, which is also the code
   * of the problem reported; any other template reports the code {@code value.invalid}.
   *
   * @return the template, {@code {value.character}} by default
   */
  String message() default "{value.character}";

  /**
   * The validation groups the constraint belongs to.
   *
   * @return the groups; none for the default group
   */
  Class<?>[] groups() default {};

  /**
   * Payload for clients of the Jakarta Validation API, such as a severity; the library reads
   * none.
   *
   * @return the payload types; none by default
   */
  Class<? extends Payload>[] payload() default {};
}
