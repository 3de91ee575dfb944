package dev.attache.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.model.Agreement;
import dev.attache.model.Ref;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
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

  @Test
  void aRefusedSecondOpenLeavesTheFirstStoresLockInPlace(@TempDir Path directory)
      throws Exception {
    Path data = directory.resolve("store");
    try (EntityStore store = EntityStore.embedded(data)) {
      for (Path same : List.of(data, data.resolve("."), directory.resolve("./store"))) {
        assertThatThrownBy(() -> EntityStore.embedded(same))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("is already open in this process");
      }
      // whatever a refused open left behind is collected now, and must not take the lock along
      for (int i = 0; i < 5; i++) {
        System.gc();
        Thread.sleep(100);
      }
      assertThat(lockFromAnotherProcess(data.resolve("epg-lock"))).isEqualTo("held");
      assertThat(store.size()).isZero();
    }
    assertThat(lockFromAnotherProcess(data.resolve("epg-lock"))).isEqualTo("free");
    try (EntityStore again = EntityStore.embedded(data)) { // closed, it opens again
      assertThat(again.size()).isZero();
    }
  }

  /** What another process finds when it tries to take the lock on the file. */
  private static String lockFromAnotherProcess(Path file) throws Exception {
    Process probe = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(),
        file.toString()).redirectErrorStream(true).start();
    String answer = new String(probe.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).trim();
    assertThat(probe.waitFor()).as(answer).isZero();
    return answer;
  }

  @Test
  void aStoreOpenInAnotherProcessIsRefusedWithASayingError(@TempDir Path directory)
      throws Exception {
    Path data = directory.resolve("store");
    try (EntityStore made = EntityStore.embedded(data)) {
      made.put(EntityStoreTest.agreement("kept"));
    }
    Process holder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(),
        data.resolve("epg-lock").toString(), "hold").redirectErrorStream(true).start();
    try {
      java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
          holder.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");
      assertThatThrownBy(() -> EntityStore.embedded(data))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is open in another process");
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
    try (EntityStore store = EntityStore.embedded(data)) { // released, it opens
      assertThat(store.size()).isEqualTo(1);
    }
  }
}
