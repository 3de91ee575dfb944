package dev.attache.validation;

import dev.attache.common.Money;
import dev.attache.common.Quantity;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link Money} or {@link Quantity} that is zero or more ({@code value.negative}). */
@Documented
@Constraint(validatedBy = {NonNegative.MoneyValidator.class, NonNegative.QuantityValidator.class})
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

  /** Checks {@link NonNegative} on money. */
  final class MoneyValidator implements ConstraintValidator<NonNegative, Money> {
    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
      return value == null || value.isNonNegative();
    }
  }

  /** Checks {@link NonNegative} on quantities. */
  final class QuantityValidator implements ConstraintValidator<NonNegative, Quantity> {
    @Override
    public boolean isValid(Quantity value, ConstraintValidatorContext context) {
      return value == null || value.isNonNegative();
    }
  }
}
