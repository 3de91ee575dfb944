package dev.attache.example.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * attache behind a REST API on PostgreSQL: {@code java -jar attache-service.jar} starts an
 * embedded PostgreSQL (or uses {@code spring.datasource.url}), loads the reference dataset on
 * first start and listens on 127.0.0.1:8080.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServiceProperties.class)
public class ServiceApplication {
  /** Not instantiated by hand: Spring makes it. */
  ServiceApplication() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(ServiceApplication.class, args);
  }
}
