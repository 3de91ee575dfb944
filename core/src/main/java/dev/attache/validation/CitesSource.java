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

/** An entity other than a {@link Source} cites at least one source ({@code entity.sources.required}). */
@Documented
@Constraint(validatedBy = CitesSource.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CitesSource {
  String message() default "{entity.sources.required}";

  Class<?>[] groups() default {};

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
