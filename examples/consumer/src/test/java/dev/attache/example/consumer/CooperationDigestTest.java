package dev.attache.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attache.common.CountryCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The consumer, run as its own module on the module path, with attache's modules beside it. */
class CooperationDigestTest {

  @Test
  void runsOnTheModulePathBesideAttachesModules() {
    Module consumer = CooperationDigest.class.getModule();
    assertEquals("dev.attache.example.consumer", consumer.getName());
    ModuleLayer layer = consumer.getLayer();
    for (String attache : new String[] {"dev.attache.core", "dev.attache.json", "dev.attache.data"}) {
      assertTrue(layer.findModule(attache).isPresent(), attache);
    }
    // the data artifact brings no test library: the testing artifact is where those are
    assertFalse(layer.findModule("dev.attache.testing").isPresent());
    assertFalse(layer.findModule("dev.attache.data").get().getDescriptor().requires().stream()
        .anyMatch(r -> r.name().startsWith("org.junit") || r.name().startsWith("org.assertj")));
  }

  @Test
  void asksTheReferenceDatasetAQuestion() {
    assertTrue(CooperationDigest.plannedHosts(LocalDate.of(2025, 6, 1))
        .contains(CountryCode.of("TM")));
  }

  @Test
  void generatedDataRoundTripsThroughJsonAndValidates() {
    assertEquals(java.util.List.of(), CooperationDigest.roundTrip(42, 2_000));
  }
}
