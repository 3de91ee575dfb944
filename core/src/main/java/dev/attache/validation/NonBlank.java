package dev.attache.validation;

import dev.attache.internal.constraints.NonBlankValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that shows something ({@code value.blank}). Unlike Jakarta's {@code @NotBlank} it accepts
 * null, so it fits the element of an {@code Optional} (an absent value is not a blank one), and it
 * counts no-break and zero-width spaces as blank.
 */
@Documented
@Constraint(validatedBy = NonBlankValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonBlank {
  /**
   * The message template: a key of {@code ValidationMessages} in braces, which is also the code
   * of the problem reported; any other template reports the code {@code value.invalid}.
   *
   * @return the template, {@code {value.blank}} by default
   */
  String message() default "{value.blank}";

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
