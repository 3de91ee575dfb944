package dev.attache.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.data.ReferenceDataset;
import dev.attache.dataset.Dataset;
import dev.attache.json.AttacheJson;
import dev.attache.json.AttacheModule;
import dev.attache.json.UnknownProperties;
import dev.attache.model.Entity;
import dev.attache.spring.boot.autoconfigure.web.AttacheProblemHandler;
import dev.attache.spring.boot.autoconfigure.web.CountryCodeFormatter;
import dev.attache.spring.boot.autoconfigure.web.PartialDateFormatter;
import dev.attache.spring.boot.autoconfigure.web.PartyFormatter;
import dev.attache.spring.boot.autoconfigure.web.QualifiedDateFormatter;
import dev.attache.spring.boot.autoconfigure.web.RefConverter;
import dev.attache.validation.AttacheValidator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** Which beans the starter makes, from which settings, and that each gives way to the user's. */
class AttacheAutoConfigurationTest {
  private final ApplicationContextRunner plain = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          AttacheAutoConfiguration.class, AttacheWebMvcAutoConfiguration.class));

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          AttacheAutoConfiguration.class, AttacheWebMvcAutoConfiguration.class));

  private static final List<Class<?>> WEB_BEANS = List.of(AttacheProblemHandler.class,
      RefConverter.class, CountryCodeFormatter.class, PartialDateFormatter.class,
      QualifiedDateFormatter.class, PartyFormatter.class);

  @Test
  void byDefaultTheModuleRefusesUnknownPropertiesAndLeavesValidationToValid() {
    plain.run(context -> {
      AttacheModule module = context.getBean(AttacheModule.class);
      assertThat(module.unknownProperties()).isEqualTo(UnknownProperties.FAIL);
      assertThat(module.isValidating()).isFalse();
      assertThat(context.getBean(AttacheValidator.class)).isSameAs(AttacheValidator.standard());
      assertThat(context).doesNotHaveBean(Dataset.class);
      // Boot's mapper holds the bean, once, not the copy ServiceLoader found
      assertThat(context.getBean(JsonMapper.class).registeredModules())
          .filteredOn(AttacheModule.class::isInstance).singleElement().isSameAs(module);
      // the web part only where there is a web application
      for (Class<?> type : WEB_BEANS) {
        assertThat(context).doesNotHaveBean(type);
      }
    });
  }

  @Test
  void theJsonPropertiesConfigureTheModule() {
    plain.withPropertyValues("attache.json.unknown-properties=keep", "attache.json.validate=true")
        .run(context -> {
          AttacheModule module = context.getBean(AttacheModule.class);
          assertThat(module.unknownProperties()).isEqualTo(UnknownProperties.KEEP);
          assertThat(module.isValidating()).isTrue();
        });
    plain.withPropertyValues("attache.json.unknown-properties=follow-mapper")
        .run(context -> assertThat(context.getBean(AttacheModule.class).unknownProperties())
            .isEqualTo(UnknownProperties.FOLLOW_MAPPER));
    plain.withPropertyValues("attache.json.unknown-properties=sometimes")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("sometimes"));
  }

  @Test
  void theReferenceDatasetIsABeanWhenAskedForAndRoundTripsThroughBootsMapper() {
    plain.withPropertyValues("attache.reference.enabled=true").run(context -> {
      Dataset dataset = context.getBean(Dataset.class);
      assertThat(dataset).isSameAs(ReferenceDataset.load());
      JsonMapper mapper = context.getBean(JsonMapper.class);
      for (Entity entity : dataset.entities()) {
        String text = mapper.writeValueAsString(entity);
        assertThat(text).isEqualTo(AttacheJson.strict().write(entity));
        assertThat(mapper.readValue(text, Entity.class)).isEqualTo(entity);
      }
    });
  }

  @Test
  void aWebApplicationGetsTheProblemHandlerAndTheConverters() {
    web.run(context -> {
      for (Class<?> type : WEB_BEANS) {
        assertThat(context).hasSingleBean(type);
      }
    });
  }

  @Test
  void eachBeanGivesWayToTheApplicationsOwn() {
    AttacheModule own = new AttacheModule().withUnknownProperties(UnknownProperties.IGNORE);
    Dataset ownData = Dataset.of(List.of());
    WebApplicationContextRunner users = web
        .withPropertyValues("attache.reference.enabled=true")
        .withBean("ownModule", AttacheModule.class, () -> own)
        .withBean("ownValidator", AttacheValidator.class, AttacheValidator::standard)
        .withBean("ownDataset", Dataset.class, () -> ownData)
        .withBean("ownHandler", AttacheProblemHandler.class, () -> new AttacheProblemHandler() {})
        .withBean("ownRefs", RefConverter.class, () -> new RefConverter() {})
        .withBean("ownCountries", CountryCodeFormatter.class, () -> new CountryCodeFormatter() {})
        .withBean("ownDates", PartialDateFormatter.class, () -> new PartialDateFormatter() {})
        .withBean("ownParties", PartyFormatter.class, () -> new PartyFormatter() {})
        .withBean("ownQualified", QualifiedDateFormatter.class,
            (Supplier<QualifiedDateFormatter>) () -> new QualifiedDateFormatter() {});
    users.run(context -> {
      assertThat(context.getBeanNamesForType(AttacheModule.class)).containsExactly("ownModule");
      assertThat(context.getBeanNamesForType(AttacheValidator.class))
          .containsExactly("ownValidator");
      assertThat(context.getBeanNamesForType(Dataset.class)).containsExactly("ownDataset");
      for (Class<?> type : WEB_BEANS) {
        assertThat(context.getBeanNamesForType(type)).singleElement()
            .satisfies(name -> assertThat(name).startsWith("own"));
      }
      assertThat(context.getBean(JsonMapper.class).registeredModules())
          .filteredOn(AttacheModule.class::isInstance).singleElement().isSameAs(own);
    });
  }
}
