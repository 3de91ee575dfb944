package dev.attache.example.service;

import dev.attache.model.EntityKind;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code ?kind=} as the format names kinds: {@code attache-posting} or the id prefix
 * {@code posting}, not the Java constant. An unknown kind is a 400 problem naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, EntityKind.class,
        (Converter<String, EntityKind>) Kinds::kind);
  }
}
