package dev.attache.internal.constraints;

import dev.attache.internal.Texts;
import dev.attache.validation.NonBlank;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonBlank}; not API. */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || !Texts.isBlank(value);
  }
}
