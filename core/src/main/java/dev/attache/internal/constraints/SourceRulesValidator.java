package dev.attache.internal.constraints;

import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.internal.RuleContext;
import dev.attache.model.Source;
import dev.attache.model.SourceRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SourceRules}; not API. */
public final class SourceRulesValidator implements ConstraintValidator<SourceRules, Source> {
  @Override
  public boolean isValid(Source source, ConstraintValidatorContext context) {
    RuleContext rules = new RuleContext(context);
    try {
      Names.canonicalTag(source.getLanguage());
    } catch (InvalidValueException e) {
      rules.fail("source.language", "language", source.getLanguage());
    }
    source.getUrl().ifPresent(url -> {
      String scheme = url.getScheme();
      if (url.toString().length() > Limits.URL || !url.isAbsolute() || url.getHost() == null
          || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        rules.fail("source.url", "url", url);
      }
    });
    return rules.isValid();
  }
}
