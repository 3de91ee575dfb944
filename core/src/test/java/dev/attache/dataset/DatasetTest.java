package dev.attache.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.Examples;
import dev.attache.model.EntityKind;
import dev.attache.model.Ref;
import dev.attache.model.Agreement;
import dev.attache.model.Organization;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private final Dataset dataset = Dataset.of(Datasets.valid());

  @Test
  void aConsistentDatasetHasNoProblem() {
    assertThat(dataset.checkIntegrity()).isEmpty();
    assertThat(dataset.validate()).isEmpty();
  }

  @Test
  void entitiesAreReachableByKindAndById() {
    assertThat(dataset.size()).isEqualTo(23);
    assertThat(dataset.organizations()).hasSize(7);
    assertThat(dataset.agreements()).containsExactly(Examples.agreement());
    assertThat(dataset.get(Examples.UNDP)).map(o -> o.getNames().getPrimary())
        .hasValue("United Nations Development Programme");
    assertThat(dataset.get("org:undp", Organization.class)).isPresent();
    assertThat(dataset.get("org:undp", Agreement.class)).isEmpty();
    assertThat(dataset.get(Ref.of(Organization.class, "nobody"))).isEmpty();
    assertThat(dataset.countByKind()).containsEntry(EntityKind.ORGANIZATION, 7)
        .containsEntry(EntityKind.EVENT, 1).hasSize(EntityKind.values().length);
  }

  @Test
  void aDatasetIsBuiltFromABuilderOrAStreamAlike() {
    Dataset built = Dataset.builder().addAll(Datasets.valid()).build();
    Dataset streamed = Dataset.of(Datasets.valid().stream());
    assertThat(built.entities()).isEqualTo(dataset.entities()).isEqualTo(streamed.entities());
    assertThat(Dataset.of(java.util.List.of())).isSameAs(Dataset.empty());
    assertThat(Dataset.empty().checkIntegrity()).isEmpty();
  }

  @Test
  void theDatasetIsImmutable() {
    assertThatThrownBy(() -> dataset.entities().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dataset.organizations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dataset.countByKind().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullEntitiesAreRefused() {
    assertThatThrownBy(() -> Dataset.builder().add((dev.attache.model.Entity) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aCallerHoldingTheDatasetsMonitorDoesNotBlockSearches() throws Exception {
    Dataset dataset = Dataset.of(Datasets.valid());
    java.util.concurrent.ExecutorService other =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      synchronized (dataset) { // a user's own lock on the object must not be the index's
        java.util.concurrent.Future<List<?>> found = other.submit(() -> dataset.search("Sanly"));
        org.assertj.core.api.Assertions.assertThat(
            found.get(10, java.util.concurrent.TimeUnit.SECONDS)).isNotEmpty();
      }
    } finally {
      other.shutdownNow();
    }
  }
}
