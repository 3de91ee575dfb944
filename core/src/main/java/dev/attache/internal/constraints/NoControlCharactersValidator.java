package dev.attache.internal.constraints;

import dev.attache.internal.Texts;
import dev.attache.validation.NoControlCharacters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NoControlCharacters}, as the JSON reader checks a text; not API. */
public final class NoControlCharactersValidator
    implements ConstraintValidator<NoControlCharacters, CharSequence> {
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Texts.firstIllegal(value, true) < 0;
  }
}
