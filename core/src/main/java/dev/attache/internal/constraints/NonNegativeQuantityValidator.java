package dev.attache.internal.constraints;

import dev.attache.common.Quantity;
import dev.attache.validation.NonNegative;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonNegative} on quantities. */
public final class NonNegativeQuantityValidator implements ConstraintValidator<NonNegative, Quantity> {
  @Override
  public boolean isValid(Quantity value, ConstraintValidatorContext context) {
    return value == null || value.isNonNegative();
  }
}
