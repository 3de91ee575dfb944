package dev.attache.validation;

import dev.attache.common.Entity;
import dev.attache.source.Source;
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
 * An entity other than a {@link Source} cites at least one source
 * ({@code entity.sources.required}). {@link Entity} carries it in the {@link ReferenceData} group.
 */
@Documented
@Constraint(validatedBy = CitesSource.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CitesSource {
  /**
   * The message template: a key of {@code ValidationMessages} in braces, which is also the code
   * of the problem reported; any other template reports the code {@code value.invalid}.
   *
   * @return the template, {@code {entity.sources.required}} by default
   */
  String message() default "{entity.sources.required}";

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

  /** Checks {@link CitesSource}. */
  final class Validator implements ConstraintValidator<CitesSource, Entity> {
    @Override
    public boolean isValid(Entity value, ConstraintValidatorContext context) {
      if (value == null || value instanceof Source || !value.getSources().isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("sources").addConstraintViolation();
      return false;
    }
  }
}
