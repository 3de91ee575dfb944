package dev.attache.internal.constraints;

import dev.attache.common.Money;
import dev.attache.validation.NonNegative;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonNegative} on money. */
public final class NonNegativeMoneyValidator implements ConstraintValidator<NonNegative, Money> {
  @Override
  public boolean isValid(Money value, ConstraintValidatorContext context) {
    return value == null || value.isNonNegative();
  }
}
