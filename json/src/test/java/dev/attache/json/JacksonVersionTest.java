package dev.attache.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite runs on the Jackson it is meant to: the one compiled against, and again on the newest
 * release of each later line (json/pom.xml). A run that silently fell back to the compile-time
 * Jackson would prove nothing.
 */
class JacksonVersionTest {
  @Test
  void theSuiteRunsOnTheJacksonItWasAskedFor() {
    String expected = System.getProperty("attache.jackson.expected");
    assertThat(expected).as("the build names the Jackson of this run").isNotBlank();
    assertThat(JsonMapper.builder().build().version().toString()).isEqualTo(expected);
    assertThat(tools.jackson.core.json.JsonFactory.builder().build().version().toString())
        .isEqualTo(expected);
    assertThat(AttacheJson.strict().mapper().registeredModules())
        .anyMatch(module -> module instanceof AttacheModule);
  }
}
