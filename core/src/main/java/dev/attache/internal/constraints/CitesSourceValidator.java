package dev.attache.internal.constraints;

import dev.attache.model.CitesSource;
import dev.attache.model.Entity;
import dev.attache.model.Source;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CitesSource}; not API. */
public final class CitesSourceValidator implements ConstraintValidator<CitesSource, Entity> {
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
