package dev.attache.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.model.Agreement;
import dev.attache.model.Ref;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

  @Test
  void theServerWritesDurablyAndADirectoryIsOpenedOnce(@TempDir Path directory)
      throws Exception {
    Path data = directory.resolve("store");
    try (EntityStore store = EntityStore.embedded(data)) {
      try (Connection connection = store.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select current_setting('fsync'),"
              + " current_setting('synchronous_commit')")) {
        rows.next();
        assertThat(rows.getString(1)).isEqualTo("on");
        assertThat(rows.getString(2)).isEqualTo("on");
      }
      assertThatThrownBy(() -> EntityStore.embedded(data))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is already open in this process");
      assertThat(store.size()).isZero(); // the first is still open
    }
  }
}
