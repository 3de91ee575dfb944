package dev.attache.internal.constraints;

import dev.attache.internal.RuleContext;
import dev.attache.validation.Distinct;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks {@link Distinct}; not API. */
public final class DistinctValidator implements ConstraintValidator<Distinct, List<?>> {
  @Override
  public boolean isValid(List<?> value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Set<Object> seen = new HashSet<>();
    RuleContext rules = new RuleContext(context);
    for (int i = 0; i < value.size(); i++) {
      Object element = value.get(i);
      if (!seen.add(element)) {
        rules.failAtIndex(context.getDefaultConstraintMessageTemplate(), i, element);
      }
    }
    return rules.isValid();
  }
}
