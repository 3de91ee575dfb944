package dev.attache.validation;

import dev.attache.internal.constraints.DistinctValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No element of a list equals an earlier one. Each repeat is reported at its own index
 * ({@code /parties/1}), with the code given as the message key.
 */
@Documented
@Constraint(validatedBy = DistinctValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Distinct {
  /**
   * The message template: a key of {@code ValidationMessages} in braces, which is also the code
   * of the problem reported for each repeat ({@code {agreement.parties.distinct}}); any other
   * template reports the code {@code value.invalid}.
   *
   * @return the template, {@code {value.distinct}} by default
   */
  String message() default "{value.distinct}";

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
