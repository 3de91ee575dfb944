package dev.attache.validation;

import dev.attache.common.Texts;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that shows something ({@code value.blank}). Unlike {@code @NonBlank} it accepts null, so it
 * fits the element of an {@code Optional} (an absent value is not a blank one), and it counts
 * no-break and zero-width spaces as blank.
 */
@Documented
@Constraint(validatedBy = NonBlank.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonBlank {
  String message() default "{value.blank}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link NonBlank}. */
  final class Validator implements ConstraintValidator<NonBlank, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || !Texts.isBlank(value);
    }
  }
}
