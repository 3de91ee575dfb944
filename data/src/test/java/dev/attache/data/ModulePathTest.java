package dev.attache.data;

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
 * The data jar resolves as a named module with nothing but attache and its own dependencies (no
 * JUnit, no AssertJ), and loads the reference dataset inside its own layer.
 */
class ModulePathTest {

  @Test
  void theModuleResolvesWithoutAnyTestLibraryAndLoadsTheDataset() throws Exception {
    // the tests run inside the module: its dependencies are on the module path
    String path = System.getProperty("jdk.module.path", "") + File.pathSeparator
        + System.getProperty("java.class.path", "");
    Path[] entries = Arrays.stream(path.split(File.pathSeparator))
        .filter(entry -> !entry.isEmpty())
        .map(Path::of)
        .filter(Files::exists)
        .filter(p -> !p.toString().contains("junit") && !p.toString().contains("assertj")
            && !p.toString().contains("opentest4j") && !p.toString().contains("apiguardian")
            && !p.toString().contains("test-classes") && !p.toString().contains("surefire")
            && !p.toString().contains("junit"))
        .toArray(Path[]::new);
    Configuration configuration = Configuration.resolve(ModuleFinder.of(entries),
        List.of(ModuleLayer.boot().configuration()), ModuleFinder.of(), List.of("dev.attache.data"));
    assertThat(configuration.findModule("org.junit.jupiter.api")).isEmpty();
    ModuleLayer layer = ModuleLayer.defineModulesWithOneLoader(configuration,
        List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader()).layer();
    Class<?> reference = layer.findLoader("dev.attache.data")
        .loadClass("dev.attache.data.ReferenceDataset");
    assertThat(reference.getModule().getName()).isEqualTo("dev.attache.data");
    Object dataset = reference.getMethod("load").invoke(null);
    assertThat(dataset.getClass().getMethod("size").invoke(dataset)).isEqualTo(126);
  }
}
