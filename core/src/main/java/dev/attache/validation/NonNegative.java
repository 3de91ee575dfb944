package dev.attache.validation;

import dev.attache.common.Money;
import dev.attache.common.Quantity;
import dev.attache.internal.constraints.NonNegativeMoneyValidator;
import dev.attache.internal.constraints.NonNegativeQuantityValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link Money} or {@link Quantity} that is zero or more ({@code value.negative}). */
@Documented
@Constraint(validatedBy = {NonNegativeMoneyValidator.class, NonNegativeQuantityValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegative {
  /**
   * The message template: a key of {@code ValidationMessages} in braces, which is also the code
   * of the problem reported; any other template reports the code {@code value.invalid}.
   *
   * @return the template, {@code {value.negative}} by default
   */
  String message() default "{value.negative}";

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
