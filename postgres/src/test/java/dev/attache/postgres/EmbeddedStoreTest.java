package dev.attache.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Agreement;
import dev.attache.model.Ref;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-setup store: a PostgreSQL of its own, whose data outlive the process's use of it. */
class EmbeddedStoreTest {
  @Test
  void whatWasStoredIsThereAfterARestart(@TempDir Path directory) {
    Path data = directory.resolve("store");
    try (EntityStore store = EntityStore.embedded(data)) {
      store.put(EntityStoreTest.agreement("kept"));
      store.put(EntityStoreTest.agreement("kept").withNotes("second"));
    }
    try (EntityStore again = EntityStore.embedded(data)) {
      Ref<Agreement> id = Ref.of(Agreement.class, "kept");
      assertThat(again.get(id).orElseThrow().getNotes()).containsExactly("second");
      assertThat(again.history(id)).hasSize(2);
      assertThat(again.size()).isEqualTo(1);
    }
  }
}
