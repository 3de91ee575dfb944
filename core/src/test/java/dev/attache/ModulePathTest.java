package dev.attache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Entity;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The core jar works as a named module on the module path, with its validation engine. */
class ModulePathTest {

  private static final Set<String> API = Set.of("dev.attache.common", "dev.attache.model",
      "dev.attache.validation", "dev.attache.dataset");

  @Test
  void theTestsRunInsideTheNamedModule() {
    Module module = Entity.class.getModule();
    assertThat(module.isNamed()).isTrue();
    assertThat(module.getName()).isEqualTo("dev.attache.core");
    Set<String> exported = module.getDescriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrderElementsOf(API);
  }

  @Test
  void aFreshLayerResolvesTheModuleAndValidatesInsideIt() throws Exception {
    String modulePath = System.getProperty("jdk.module.path");
    assertThat(modulePath).as("tests run on the module path").isNotBlank();
    Path[] entries = Arrays.stream(modulePath.split(java.io.File.pathSeparator))
        .map(Path::of).toArray(Path[]::new);
    ModuleFinder finder = ModuleFinder.of(entries);
    Configuration configuration = Configuration.resolve(finder,
        List.of(ModuleLayer.boot().configuration()), ModuleFinder.of(), List.of("dev.attache.core"));
    ModuleLayer layer = ModuleLayer.defineModulesWithOneLoader(configuration,
        List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader()).layer();
    ClassLoader loader = layer.findLoader("dev.attache.core");

    Class<?> partialDate = loader.loadClass("dev.attache.common.PartialDate");
    assertThat(partialDate.getModule().getLayer()).isSameAs(layer);
    Object date = partialDate.getMethod("parse", CharSequence.class).invoke(null, "2025-10-13");
    assertThat(date).hasToString("2025-10-13");

    Class<?> names = loader.loadClass("dev.attache.common.Names");
    Object tooLong = names.getMethod("of", String.class, String.class)
        .invoke(null, "en", "x".repeat(301));
    Class<?> validatorType = loader.loadClass("dev.attache.validation.AttacheValidator");
    Object validator = validatorType.getMethod("standard").invoke(null);
    List<?> problems = (List<?>) validatorType.getMethod("validate", Object.class)
        .invoke(validator, tooLong);
    assertThat(problems).singleElement().asString().contains("value.size");
  }
}
