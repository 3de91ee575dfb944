package dev.attache.attache;

import dev.attache.validation.RuleContext;
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
 * The rules of an {@link AttacheService}: established is not certainly before conceived
 * ({@code attache-service.established.order}).
 */
@Documented
@Constraint(validatedBy = AttacheServiceRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AttacheServiceRules {
  String message() default "{attache-service.rules}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link AttacheServiceRules}. */
  final class Validator implements ConstraintValidator<AttacheServiceRules, AttacheService> {
    @Override
    public boolean isValid(AttacheService service, ConstraintValidatorContext context) {
      RuleContext rules = new RuleContext(context);
      if (service.getConceived().isPresent() && service.getEstablished().isPresent()
          && service.getEstablished().get().isCertainlyBefore(service.getConceived().get())) {
        rules.fail("attache-service.established.order", "established",
            service.getEstablished().get());
      }
      return rules.isValid();
    }
  }
}
