package dev.attache.spring.boot.autoconfigure;

import dev.attache.spring.boot.autoconfigure.web.AttacheProblemHandler;
import dev.attache.spring.boot.autoconfigure.web.CountryCodeFormatter;
import dev.attache.spring.boot.autoconfigure.web.PartialDateFormatter;
import dev.attache.spring.boot.autoconfigure.web.PartyFormatter;
import dev.attache.spring.boot.autoconfigure.web.QualifiedDateFormatter;
import dev.attache.spring.boot.autoconfigure.web.RefConverter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * attache in a Spring MVC application: problem responses for what it cannot accept, and
 * converters so that ids, countries and dates bind from path variables and request parameters
 * (Spring Boot adds every converter and formatter bean to MVC's conversion service). Each bean
 * steps aside for one of the same type that the application defines.
 *
 * <p>The advice is a bean of its own class, not a nested one: a {@code @RestControllerAdvice}
 * nested in a configuration class is found and applied even when its bean's condition fails.
 */
@AutoConfiguration(after = AttacheAutoConfiguration.class,
    beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class AttacheWebMvcAutoConfiguration {
  /** Creates the configuration; Spring does. */
  public AttacheWebMvcAutoConfiguration() {}

  /**
   * RFC 9457 problem responses listing attache's problems.
   *
   * @return the advice, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public AttacheProblemHandler attacheProblemHandler() {
    return new AttacheProblemHandler();
  }

  /**
   * Ids from their text, of the kind the parameter declares.
   *
   * @return the converter, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public RefConverter attacheRefConverter() {
    return new RefConverter();
  }

  /**
   * Countries from their ISO code.
   *
   * @return the formatter, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public CountryCodeFormatter attacheCountryCodeFormatter() {
    return new CountryCodeFormatter();
  }

  /**
   * Parties: a state by its country code, an organization by its id.
   *
   * @return the formatter, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public PartyFormatter attachePartyFormatter() {
    return new PartyFormatter();
  }

  /**
   * Dates of year, month or day precision.
   *
   * @return the formatter, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public PartialDateFormatter attachePartialDateFormatter() {
    return new PartialDateFormatter();
  }

  /**
   * Dates with a qualifier such as {@code ~} or {@code >=}.
   *
   * @return the formatter, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public QualifiedDateFormatter attacheQualifiedDateFormatter() {
    return new QualifiedDateFormatter();
  }
}
