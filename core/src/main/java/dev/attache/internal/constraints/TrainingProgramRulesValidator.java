package dev.attache.internal.constraints;

import dev.attache.common.QuantityComparator;
import dev.attache.internal.RuleContext;
import dev.attache.model.Organization;
import dev.attache.model.ParticipantCount;
import dev.attache.model.Ref;
import dev.attache.model.TrainingProgram;
import dev.attache.model.TrainingProgramRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks {@link TrainingProgramRules}; not API. */
public final class TrainingProgramRulesValidator implements ConstraintValidator<TrainingProgramRules, TrainingProgram> {
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
