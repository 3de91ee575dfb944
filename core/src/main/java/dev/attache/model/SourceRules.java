package dev.attache.model;

import dev.attache.common.Limits;
import dev.attache.internal.constraints.SourceRulesValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a {@link Source}: its language is a well-formed BCP 47 tag
 * ({@code source.language}); its URL is an absolute http or https address of at most
 * {@value dev.attache.common.Limits#URL} characters ({@code source.url}).
 */
@Documented
@Constraint(validatedBy = SourceRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SourceRules {
  /**
   * The message template of the constraint as a whole: unused, since each broken rule is reported
   * with its own code.
   *
   * @return the template, {@code {source.rules}} by default
   */
  String message() default "{source.rules}";

  /**
   * The validation groups the constraint belongs to.
   *
   * @return the groups; none for the default group
   */
  Class<?>[] groups() default {};

  /**
   * Payload for clients of the Jakarta Validation API, such as a severity; the library reads
   * none.
   *
   * @return the payload types; none by default
   */
  Class<? extends Payload>[] payload() default {};
}
