package dev.attache.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.attache.data.ReferenceDataset;
import dev.attache.dataset.Dataset;
import dev.attache.testing.junit.AttacheExtension;
import dev.attache.testing.junit.ReferenceEntity;
import dev.attache.model.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

class ExtensionTest {

  @Test
  void theExtensionInjectsTheSharedDatasetAndItsEntities() {
    var results = EngineTestKit.engine("junit-jupiter")
        .selectors(DiscoverySelectors.selectClass(Injected.class)).execute();
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    results.testEvents().failed().assertThatEvents().haveExactly(1,
        finishedWithFailure(message(m -> m.contains("no Organization with id 'org:nobody'"))));
  }

  @Test
  void generatedDataHasARandomSeedThatIsReportedOnFailureAndCanBePinned() {
    var results = EngineTestKit.engine("junit-jupiter")
        .selectors(DiscoverySelectors.selectClass(Generated.class)).execute();
    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    Throwable failure = results.testEvents().failed().stream().findFirst().orElseThrow()
        .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow();
    assertThat(failure.getSuppressed()).singleElement().isInstanceOfSatisfying(
        dev.attache.testing.junit.GeneratedSeed.class, seed -> {
          assertThat(seed.getMessage()).contains("@Seed(" + seed.getSeed() + "L)");
          // the reported seed repeats the data exactly
          assertThat(Generated.seen).isEqualTo(
              dev.attache.data.generate.DatasetGenerator.of(
                  dev.attache.data.generate.GeneratorConfig.builder(seed.getSeed()).count(50)
                      .build()).dataset().entities());
        });
  }

  /** Run by the test kit above, not on its own. */
  @ExtendWith(AttacheExtension.class)
  static class Generated {
    static java.util.List<dev.attache.model.Entity> seen;

    @Test
    void failsWithGeneratedData(@dev.attache.testing.junit.GeneratedDataset(count = 50) Dataset data) {
      seen = data.entities();
      assertThat(data.size()).isEqualTo(-1);
    }

    @Test
    @dev.attache.testing.junit.Seed(42L)
    void pinned(@dev.attache.testing.junit.GeneratedDataset(count = 50) Dataset data,
        @dev.attache.testing.junit.GeneratedDataset(count = 50)
            dev.attache.data.generate.DatasetGenerator generator) {
      assertThat(generator.config().getSeed()).isEqualTo(42L);
      assertThat(data.entities()).isEqualTo(generator.dataset().entities());
    }
  }

  /** Run by the test kit above, not on its own. */
  @ExtendWith(AttacheExtension.class)
  static class Injected {
    @Test
    void injected(Dataset reference, Dataset again,
        @ReferenceEntity("org:undp") Organization undp) {
      assertThat(reference).isSameAs(again).isSameAs(ReferenceDataset.load());
      assertThat(undp.getNames().getPrimary()).isEqualTo("United Nations Development Programme");
    }

    @Test
    void missing(@ReferenceEntity("org:nobody") Organization nobody) {
      assertThat(nobody).isNotNull();
    }
  }
}
