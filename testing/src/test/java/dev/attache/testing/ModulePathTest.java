package dev.attache.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The testing jar resolves as a named module in a layer of its own, reading JUnit, AssertJ and the
 * data module: its extension and assertions load there, and so does the reference dataset.
 */
class ModulePathTest {

  @Test
  void theModuleResolvesWithJunitAssertjAndTheDataModule() throws Exception {
    Path[] entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(Files::exists)
        .filter(p -> !p.toString().contains("test-classes") && !p.toString().contains("surefire"))
        .toArray(Path[]::new);
    Configuration configuration = Configuration.resolve(ModuleFinder.of(entries),
        List.of(ModuleLayer.boot().configuration()), ModuleFinder.of(),
        List.of("dev.attache.testing"));
    assertThat(configuration.findModule("dev.attache.data")).isPresent();
    ModuleLayer layer = ModuleLayer.defineModulesWithOneLoader(configuration,
        List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader()).layer();
    ClassLoader loader = layer.findLoader("dev.attache.testing");
    assertThat(loader.loadClass("dev.attache.testing.junit.AttacheExtension").getModule().getName())
        .isEqualTo("dev.attache.testing");
    assertThat(loader.loadClass("dev.attache.testing.assertions.AttacheAssertions")).isNotNull();
    Class<?> reference = loader.loadClass("dev.attache.data.ReferenceDataset");
    assertThat(reference.getModule().getName()).isEqualTo("dev.attache.data");
    Object dataset = reference.getMethod("load").invoke(null);
    assertThat(dataset.getClass().getMethod("size").invoke(dataset)).isEqualTo(126);
  }
}
