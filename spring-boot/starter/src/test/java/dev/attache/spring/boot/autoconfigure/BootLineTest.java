package dev.attache.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/** The suite runs on the Boot line the build says, with the JUnit and Jackson that Boot manages. */
class BootLineTest {
  @Test
  void theSuiteRunsOnTheBootLineItWasBuiltFor() {
    assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("attache.expected.boot"));
    // Boot 4.0 and 4.1 both manage JUnit 6 and Jackson 3.1: no attache pin pulls them elsewhere
    assertThat(Test.class.getPackage().getImplementationVersion()).startsWith("6.");
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("3.1.");
  }
}
