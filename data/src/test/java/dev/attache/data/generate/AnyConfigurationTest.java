package dev.attache.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.EntityKind;
import dev.attache.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Valid by construction for every configuration the builder accepts, not only the defaults: random
 * seeds, mixes, reference dates across the whole accepted range, languages and counts, each
 * checked entity by entity and as a dataset.
 */
@Tag("slow")
class AnyConfigurationTest {
  private static final List<Set<String>> LANGUAGES = List.of(Set.of("en"), Set.of("ru"),
      Set.of("tk"), Set.of("en", "ru"), Set.of("en", "ru", "tk"));

  @Test
  void everyAcceptedConfigurationGeneratesAValidDataset() {
    Random random = new Random(20261201);
    List<String> failures = new ArrayList<>();
    for (int round = 0; round < 60; round++) {
      GeneratorConfig config = randomConfig(random, round);
      List<Problem> problems = DatasetGenerator.of(config).dataset().validate();
      if (!problems.isEmpty()) {
        failures.add(config + ": " + problems.size() + " problems, first " + problems.get(0));
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theEdgesOfTheAcceptedReferenceDatesGenerateValidDatasets() {
    for (LocalDate today : List.of(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31),
        LocalDate.of(2011, 6, 15), LocalDate.of(2012, 2, 29), LocalDate.of(2013, 12, 31),
        LocalDate.of(2100, 12, 31))) {
      GeneratorConfig config = GeneratorConfig.builder(7).count(3_000).referenceDate(today).build();
      assertThat(DatasetGenerator.of(config).dataset().validate()).as(today.toString()).isEmpty();
    }
  }

  private static GeneratorConfig randomConfig(Random random, int round) {
    // the first rounds stay near the early edge of the range, where fixed years break first
    int year = round < 15 ? 2010 + random.nextInt(6) : 2010 + random.nextInt(91);
    LocalDate today = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    Map<EntityKind, Integer> mix = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      if (random.nextInt(4) > 0) {
        mix.put(kind, 1 + random.nextInt(20));
      }
    }
    // a kind that refers to others needs them: add what the mix requires
    for (Map.Entry<EntityKind, List<EntityKind>> needs : GeneratorConfig.REQUIRES.entrySet()) {
      if (mix.containsKey(needs.getKey())) {
        needs.getValue().forEach(kind -> mix.putIfAbsent(kind, 1 + random.nextInt(5)));
      }
    }
    if (mix.isEmpty()) {
      mix.put(EntityKind.PERSON, 1);
    }
    return GeneratorConfig.builder(random.nextLong())
        .count(1 + random.nextInt(1_500))
        .mix(mix)
        .referenceDate(today)
        .languages(LANGUAGES.get(random.nextInt(LANGUAGES.size())))
        .build();
  }
}
