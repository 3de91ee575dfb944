package dev.attache.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.data.ReferenceDataset;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as {@code java -jar} runs it, twice on one data directory: the first start loads
 * the reference dataset, the second finds everything where it was and loads nothing again.
 */
class RestartTest {
  static final Path DATA = Path.of("target", "service-test-data", "restart-" + UUID.randomUUID());

  static ConfigurableApplicationContext start(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "--server.port=0";
    args[1] = "--server.address=127.0.0.1";
    args[2] = "--attache.service.data-directory=" + DATA;
    System.arraycopy(more, 0, args, 3, more.length);
    return SpringApplication.run(ServiceApplication.class, args);
  }

  static Http http(ConfigurableApplicationContext context) {
    return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
  }

  @Test
  void theDataAreKeptBetweenRunsAndTheReferenceLoadedOnce() {
    int reference = ReferenceDataset.load().size();
    try (ConfigurableApplicationContext first = start()) {
      Http http = http(first);
      assertThat(http.get("/entities?limit=1").json().get("total").asLong())
          .isEqualTo(reference);
      assertThat(http.put("/entities/agreement:kept", EntityApiTest.agreement("kept", "Kept"))
          .status()).isEqualTo(201);
      assertThat(http.delete("/entities/agreement:ru-tm-business-missions").status())
          .isEqualTo(204);
    }
    try (ConfigurableApplicationContext second = start()) {
      Http http = http(second);
      // one added, one deleted, and the reference not loaded over them
      assertThat(http.get("/entities?limit=1").json().get("total").asLong())
          .isEqualTo(reference);
      assertThat(http.get("/entities/agreement:kept").header("ETag")).isEqualTo("\"1\"");
      assertThat(http.get("/entities/agreement:ru-tm-business-missions").status())
          .isEqualTo(404);
      assertThat(http.get("/entities/agreement:ru-tm-business-missions/history").json())
          .hasSize(2);
    }
  }

  @Test
  void theReferenceDatasetCanBeLeftOut() {
    Path empty = Path.of("target", "service-test-data", "empty-" + UUID.randomUUID());
    try (ConfigurableApplicationContext context = SpringApplication.run(ServiceApplication.class,
        "--server.port=0", "--server.address=127.0.0.1",
        "--attache.service.data-directory=" + empty, "--attache.service.load-reference=false")) {
      assertThat(http(context).get("/entities?limit=1").json().get("total").asLong()).isZero();
    }
  }
}
