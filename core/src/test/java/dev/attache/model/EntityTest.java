package dev.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.Examples;
import dev.attache.common.PartialDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityTest {

  @Test
  void thereIsAnExampleOfEveryKindAndItsIdIsOfThatKind() {
    Set<EntityKind> kinds = Examples.all().stream().map(Entity::entityKind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntityKind.class)));
    assertThat(kinds).containsExactlyInAnyOrder(EntityKind.values());
    for (Entity entity : Examples.all()) {
      assertThat(entity.entityKind().getType()).isInstanceOf(Class.class);
      assertThat(entity).isInstanceOf(entity.entityKind().getType());
    }
  }

  @Test
  void theSetOfKindsIsSealed() {
    assertThat(Entity.class.isSealed()).isTrue();
    assertThat(Entity.class.getPermittedSubclasses()).hasSize(EntityKind.values().length);
    assertThat(Agreement.class.isSealed()).isTrue();
  }

  @Test
  void aSwitchOverEntitiesNamesEveryKind() {
    for (Entity entity : Examples.all()) {
      assertThat(describe(entity)).isEqualTo(entity.entityKind().name());
    }
  }

  // would not compile if a kind were missing once pattern switches are final; on 17 it is a chain
  private static String describe(Entity entity) {
    if (entity instanceof Source) {
      return "SOURCE";
    } else if (entity instanceof Organization) {
      return "ORGANIZATION";
    } else if (entity instanceof Person) {
      return "PERSON";
    } else if (entity instanceof Membership) {
      return "MEMBERSHIP";
    } else if (entity instanceof AttacheService) {
      return "ATTACHE_SERVICE";
    } else if (entity instanceof AttachePosting) {
      return "ATTACHE_POSTING";
    } else if (entity instanceof ExportDeal) {
      return "EXPORT_DEAL";
    } else if (entity instanceof Agreement) {
      return "AGREEMENT";
    } else if (entity instanceof Commission) {
      return "COMMISSION";
    } else if (entity instanceof CommissionSession) {
      return "COMMISSION_SESSION";
    } else if (entity instanceof Strategy) {
      return "STRATEGY";
    } else if (entity instanceof Project) {
      return "PROJECT";
    } else if (entity instanceof TrainingProgram) {
      return "TRAINING_PROGRAM";
    } else if (entity instanceof InformationSystem) {
      return "INFORMATION_SYSTEM";
    } else if (entity instanceof Event) {
      return "EVENT";
    } else if (entity instanceof Indicator) {
      return "INDICATOR";
    }
    throw new AssertionError(entity);
  }

  @Test
  void theBuilderRefusesAMissingRequiredAttributeNamingIt() {
    assertThatThrownBy(() -> Agreement.builder().id(Ref.of(Agreement.class, "x")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title")
        .hasMessageContaining("kind")
        .hasMessageContaining("status");
  }

  @Test
  void noNullsAreAccepted() {
    assertThatThrownBy(() -> Agreement.builder().title(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Examples.agreement().withStatus(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Examples.agreement().withSignedOn((PartialDate) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void absentIsOptionalAndCollectionsAreEmptyAndImmutable() {
    Agreement agreement = Examples.agreement();
    assertThat(agreement.getProposedOn()).isEmpty();
    assertThat(agreement.getNotes()).isEmpty();
    assertThatThrownBy(() -> agreement.getParties().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> agreement.getAreas().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withCopiesChangeOneAttributeAndLeaveTheOriginal() {
    Agreement agreement = Examples.agreement();
    Agreement noted = agreement.withNotes("Date of entry into force deduced from context");
    assertThat(agreement.getNotes()).isEmpty();
    assertThat(noted.getNotes()).hasSize(1);
    assertThat(noted.withNotes(java.util.List.of())).isEqualTo(agreement);
  }

  @Test
  void buildersStartFromAnExistingValue() {
    Agreement agreement = Examples.agreement();
    assertThat(Agreement.builder().from(agreement).build()).isEqualTo(agreement)
        .hasSameHashCodeAs(agreement);
  }

  @Test
  void valuesAreEqualByContent() {
    assertThat(Examples.all()).isEqualTo(Examples.all());
    assertThat(Examples.event().toString()).contains("innopolis-visit-2025-03");
  }
}
