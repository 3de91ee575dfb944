package dev.attache.spring.boot.autoconfigure;

import dev.attache.data.ReferenceDataset;
import dev.attache.dataset.Dataset;
import dev.attache.json.AttacheModule;
import dev.attache.validation.AttacheValidator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * attache in any Spring Boot application: the Jackson module on Boot's {@code JsonMapper}, the
 * validator, and the reference dataset if asked for. Each bean steps aside for one of the same
 * type that the application defines.
 *
 * <p>Boot's Jackson auto-configuration registers the modules that {@code ServiceLoader} finds,
 * then every module bean; {@link AttacheModule} has one registration id whatever its settings, so
 * the bean made here from {@code attache.json.*} replaces the copy {@code ServiceLoader} made
 * instead of sitting beside it.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(AttacheProperties.class)
public class AttacheAutoConfiguration {
  /** Creates the configuration; Spring does. */
  public AttacheAutoConfiguration() {}

  /**
   * The Jackson module, as {@code attache.json.*} says: unknown properties refused and no
   * validation while reading, unless told otherwise.
   *
   * @param properties the settings, not null
   * @return the module, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public AttacheModule attacheModule(AttacheProperties properties) {
    AttacheModule module = new AttacheModule()
        .withUnknownProperties(properties.getJson().getUnknownProperties());
    return properties.getJson().isValidate() ? module.withValidation() : module;
  }

  /**
   * The validator of the model, for values that arrive other than through {@code @Valid}.
   *
   * @return the shared validator, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public AttacheValidator attacheValidator() {
    return AttacheValidator.standard();
  }

  /**
   * The reference dataset, read and validated at startup, if {@code attache.reference.enabled}.
   *
   * @return the dataset, not null
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty("attache.reference.enabled")
  public Dataset attacheReferenceDataset() {
    return ReferenceDataset.load();
  }
}
