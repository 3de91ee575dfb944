package dev.attache.example.service;

import dev.attache.model.EntityKind;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters and representations as the service means them:
 *
 * <ul>
 *   <li>{@code ?kind=} as the format names kinds: {@code attache-posting} or the id prefix
 *       {@code posting}, not the Java constant. An unknown kind is a 400 problem naming the
 *       parameter.</li>
 *   <li>JSON, not YAML: springdoc brings Jackson 2's YAML module, on which Spring MVC would
 *       answer {@code Accept: application/yaml} with a converter that knows nothing of the
 *       model's types (a 500). Without it such a request is 406, and a 406 lists only what the
 *       service can write. (springdoc's {@code /v3/api-docs.yaml} writes its own text and is
 *       unaffected.)</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, EntityKind.class,
        (Converter<String, EntityKind>) Kinds::kind);
  }

  @Override
  public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
    builder.configureMessageConvertersList(WebConfiguration::withoutYaml);
  }

  /** Leaves out every converter that writes or reads YAML. */
  static void withoutYaml(List<HttpMessageConverter<?>> converters) {
    converters.removeIf(converter -> converter.getSupportedMediaTypes().stream()
        .map(MediaType::getSubtype).anyMatch(subtype -> subtype.endsWith("yaml")));
  }
}
