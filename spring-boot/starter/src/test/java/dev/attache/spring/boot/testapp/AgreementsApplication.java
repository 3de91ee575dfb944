package dev.attache.spring.boot.testapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small service as a user writes it: the starter, a controller, nothing else attache-specific.
 * Its package is outside the starter's, as an application's is.
 */
@SpringBootApplication
public class AgreementsApplication {
  /**
   * Starts the service.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    SpringApplication.run(AgreementsApplication.class, args);
  }
}
