package dev.attache.data.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Entity;
import dev.attache.data.ReferenceDataset;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.validation.AttacheValidator;
import dev.attache.validation.Problem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The validator's fast path for valid values never hides a problem: over valid and broken
 * entities of every kind, it reports exactly what the full engine reports.
 */
@Tag("slow")
class FastValidationTest {

  private static List<Problem> engine(Object value) {
    AttacheValidator validator = AttacheValidator.standard();
    return AttacheValidator.toProblems(validator.getValidator().validate(value), Locale.ENGLISH);
  }

  @Test
  void theFastPathAgreesWithTheEngineOnGeneratedEntities() {
    DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(17).count(40_000)
        .invalidRate(0.3).build());
    int broken = 0;
    for (Entity entity : generator.stream().toList()) {
      List<Problem> fast = AttacheValidator.standard().validate(entity);
      assertThat(fast).as(entity.getId().toString()).isEqualTo(engine(entity));
      assertThat(AttacheValidator.standard().isValid(entity)).isEqualTo(fast.isEmpty());
      broken += fast.isEmpty() ? 0 : 1;
    }
    assertThat(broken).isGreaterThan(10_000);
  }

  @Test
  void theFastPathAgreesOnTheReferenceDataset() {
    for (Entity entity : ReferenceDataset.load().entities()) {
      assertThat(AttacheValidator.standard().validate(entity)).isEqualTo(engine(entity)).isEmpty();
    }
  }
}
