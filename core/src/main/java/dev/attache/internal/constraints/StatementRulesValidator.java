package dev.attache.internal.constraints;

import dev.attache.internal.RuleContext;
import dev.attache.model.EntityKind;
import dev.attache.model.Statement;
import dev.attache.model.StatementRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link StatementRules}; not API. */
public final class StatementRulesValidator
    implements ConstraintValidator<StatementRules, Statement> {
  /**
   * Checks that the speaker is a person or an organization; if not, reports
   * {@code statement.speaker.kind} at {@code speaker}, quoting the id.
   *
   * @param statement the statement to check, not null
   * @param context the context the violations are reported in, not null
   * @return true if the statement breaks none of the rules
   */
  @Override
  public boolean isValid(Statement statement, ConstraintValidatorContext context) {
    RuleContext rules = new RuleContext(context);
    EntityKind speaker = statement.getSpeaker().getKind();
    if (speaker != EntityKind.PERSON && speaker != EntityKind.ORGANIZATION) {
      rules.fail("statement.speaker.kind", "speaker", statement.getSpeaker());
    }
    return rules.isValid();
  }
}
