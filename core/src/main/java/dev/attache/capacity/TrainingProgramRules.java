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
 *
 * <p>A class-level Jakarta Validation constraint, put on {@link TrainingProgram} itself. Each
 * broken rule is reported with its own code as message key, at the attribute it concerns, never
 * with the message of this annotation.
 */
@Documented
@Constraint(validatedBy = TrainingProgramRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TrainingProgramRules {
  /**
   * The message template of the constraint as a whole. It is never reported: each broken rule is
   * reported with its own code.
   *
   * @return the message template, {@code {training.rules}} by default
   */
  String message() default "{training.rules}";

  /**
   * The validation groups the constraint belongs to.
   *
   * @return the groups; none by default, which means the default group
   */
  Class<?>[] groups() default {};

  /**
   * The payload a client of the Jakarta Validation API attaches to the constraint.
   *
   * @return the payload types; none by default
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link TrainingProgramRules}. */
  final class Validator implements ConstraintValidator<TrainingProgramRules, TrainingProgram> {
    /**
     * Checks the counts per organization: an organization counted again is reported
     * ({@code training.participants.distinct}) at its position in {@code participantCounts}; a sum
     * greater than an exact total is reported ({@code training.participants.total}) at
     * {@code participantCounts}, quoting the sum and the total.
     *
     * @param training the training programme to check, not null
     * @param context the context the violations are reported in, not null
     * @return true if the programme breaks none of the rules
     */
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
