package dev.attache.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports the broken rules of one value from inside a {@code ConstraintValidator}: each with its
 * own code (the message key), at the property it concerns, with the offending value attached so
 * that the problem ({@code dev.attache.validation.Problem}) can quote it rather than the whole entity.
 *
 * <p>The offending value travels as a Hibernate Validator dynamic payload when the provider is
 * Hibernate Validator; any other provider still gets the code and the path.
 */
public final class RuleContext {
  private final ConstraintValidatorContext context;
  private HibernateConstraintValidatorContext hibernate;
  private boolean valid = true;

  /**
   * A context reporting into the one a validator is given. Costs nothing until a rule is
   * reported: most values break none.
   *
   * @param context the context passed to {@code isValid}, not null
   */
  public RuleContext(ConstraintValidatorContext context) {
    this.context = context;
  }

  private static HibernateConstraintValidatorContext unwrap(ConstraintValidatorContext context) {
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (ValidationException | LinkageError e) {
      return null; // another provider: no payload, the rest works the same
    }
  }

  /**
   * Reports {@code code} at {@code property} of the validated bean.
   *
   * @param code the problem code, a key of {@code ValidationMessages}, not null
   * @param property the name of the property, not null
   * @param offending the value the problem quotes, not null
   */
  public void fail(String code, String property, Object offending) {
    start(offending);
    context.buildConstraintViolationWithTemplate(template(code))
        .addPropertyNode(property).addConstraintViolation();
  }

  /**
   * Reports {@code code} at element {@code index} of the list {@code property} of the bean.
   *
   * @param code the problem code, a key of {@code ValidationMessages}, not null
   * @param property the name of the list property, not null
   * @param index the 0-based index of the element
   * @param offending the value the problem quotes, not null
   */
  public void fail(String code, String property, int index, Object offending) {
    start(offending);
    context.buildConstraintViolationWithTemplate(template(code))
        .addPropertyNode(property)
        .addContainerElementNode("<list element>", List.class, 0).inIterable().atIndex(index)
        .addConstraintViolation();
  }

  /**
   * Reports a message template at element {@code index} of the validated list itself.
   *
   * @param template the message template, such as {@code {value.distinct}}
   * @param index the index of the offending element
   * @param offending the value to quote
   */
  public void failAtIndex(String template, int index, Object offending) {
    start(offending);
    context.buildConstraintViolationWithTemplate(template)
        .addContainerElementNode("<list element>", List.class, 0).inIterable().atIndex(index)
        .addConstraintViolation();
  }

  private void start(Object offending) {
    if (valid) {
      context.disableDefaultConstraintViolation();
      hibernate = unwrap(context);
      valid = false;
    }
    if (hibernate != null) {
      hibernate.withDynamicPayload(new Offending(offending));
    }
  }

  private static String template(String code) {
    return "{" + code + "}";
  }

  /**
   * True while no rule was reported.
   *
   * @return true if no rule was reported, false otherwise: what the validator's {@code isValid}
   *     returns
   */
  public boolean isValid() {
    return valid;
  }

  /** The offending value of a violation, carried as its dynamic payload. */
  /**
   * The value a problem quotes, carried from a validator to the problem as the violation's
   * dynamic payload.
   *
   * @param value the offending value
   */
  public record Offending(Object value) {}
}
