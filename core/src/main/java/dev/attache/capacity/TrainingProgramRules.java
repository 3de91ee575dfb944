package dev.attache.capacity;

import dev.attache.common.QuantityComparator;
import dev.attache.common.Ref;
import dev.attache.party.Organization;
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
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a {@link TrainingProgram}: {@code training.participants.distinct},
 * {@code training.participants.total}.
 */
@Documented
@Constraint(validatedBy = TrainingProgramRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TrainingProgramRules {
  String message() default "{training.rules}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link TrainingProgramRules}. */
  final class Validator implements ConstraintValidator<TrainingProgramRules, TrainingProgram> {
    @Override
    public boolean isValid(TrainingProgram training, ConstraintValidatorContext context) {
      RuleContext rules = new RuleContext(context);
      List<ParticipantCount> counts = training.getParticipantCounts();
      Set<Ref<Organization>> seen = new HashSet<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < counts.size(); i++) {
        ParticipantCount count = counts.get(i);
        if (!seen.add(count.getOrganization())) {
          rules.fail("training.participants.distinct", "participantCounts", i,
              count.getOrganization());
        }
        sum = sum.add(BigDecimal.valueOf(count.getCount()));
      }
      BigDecimal total = sum;
      training.getParticipantTotal()
          .filter(t -> t.getComparator() == QuantityComparator.EXACT)
          .filter(t -> total.compareTo(t.getValue()) > 0)
          .ifPresent(t -> rules.fail("training.participants.total", "participantCounts",
              "sum " + total + " > total " + t));
      return rules.isValid();
    }
  }
}
