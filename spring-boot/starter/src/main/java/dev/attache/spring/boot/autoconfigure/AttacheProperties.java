package dev.attache.spring.boot.autoconfigure;

import dev.attache.json.UnknownProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of attache in a Spring Boot application, under {@code attache.*}.
 */
@ConfigurationProperties("attache")
public class AttacheProperties {
  private final Json json = new Json();
  private final Reference reference = new Reference();

  /** Creates the settings with their defaults. */
  public AttacheProperties() {}

  /**
   * How the Jackson module reads values of the model.
   *
   * @return the JSON settings, not null
   */
  public Json getJson() {
    return json;
  }

  /**
   * Whether the reference dataset is a bean.
   *
   * @return the reference dataset's settings, not null
   */
  public Reference getReference() {
    return reference;
  }

  /** How the Jackson module reads values of the model ({@code attache.json.*}). */
  public static class Json {
    /**
     * What becomes of a property that a value of the model does not have: 'fail' (a 400 problem,
     * json.property.unknown), 'keep' (kept by a DecodedEntity and written back; refused where a
     * bare entity cannot hold it), 'ignore' (dropped), or 'follow-mapper' (as
     * spring.jackson.deserialization.fail-on-unknown-properties says, false by default).
     */
    private UnknownProperties unknownProperties = UnknownProperties.FAIL;

    /**
     * Whether the module validates each value it reads and refuses an invalid one while reading.
     * Off by default, so that @Valid and method validation report every broken rule with its
     * pointer, as a 422 problem.
     */
    private boolean validate;

    /** Creates the JSON settings with their defaults. */
    public Json() {}

    /**
     * What becomes of a property that a value of the model does not have.
     *
     * @return the policy, {@link UnknownProperties#FAIL} unless set
     */
    public UnknownProperties getUnknownProperties() {
      return unknownProperties;
    }

    /**
     * Sets what becomes of a property that a value of the model does not have.
     *
     * @param unknownProperties the policy, not null
     */
    public void setUnknownProperties(UnknownProperties unknownProperties) {
      this.unknownProperties = unknownProperties;
    }

    /**
     * Whether the module validates each value it reads.
     *
     * @return true if it does; false unless set
     */
    public boolean isValidate() {
      return validate;
    }

    /**
     * Sets whether the module validates each value it reads.
     *
     * @param validate true to refuse an invalid value while reading
     */
    public void setValidate(boolean validate) {
      this.validate = validate;
    }
  }

  /** The reference dataset as a bean ({@code attache.reference.*}). */
  public static class Reference {
    /**
     * Whether the reference dataset (attache-data) is a Dataset bean, loaded at startup.
     */
    private boolean enabled;

    /** Creates the reference dataset's settings with their defaults. */
    public Reference() {}

    /**
     * Whether the reference dataset is a bean.
     *
     * @return true if it is; false unless set
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the reference dataset is a bean.
     *
     * @param enabled true to load it at startup as a {@code Dataset} bean
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
