package dev.attache.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Entity;
import dev.attache.dataset.Dataset;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's generator example, so that it cannot rot. */
class ReadmeGeneratorExampleTest {

  @Test
  void theReadmeExampleWorks() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // README example start
    DatasetGenerator generator = DatasetGenerator.of(
        GeneratorConfig.builder(42).count(100_000).build());
    Dataset dataset = generator.dataset();                      // valid: dataset.validate() is []
    List<Entity> slice = generator.stream(50_000, 50_100).toList(); // the same 100 entities, alone
    generator.writeNdjsonWithHeader(out, 0, 1_000);             // NDJSON, flat memory
    // README example end
    assertThat(dataset.validate()).isEmpty();
    assertThat(slice).isEqualTo(dataset.entities().subList(50_000, 50_100));
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(1_001);
  }
}
