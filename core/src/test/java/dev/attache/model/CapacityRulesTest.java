package dev.attache.model;

import static dev.attache.Checked.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Examples;
import dev.attache.common.Quantity;
import dev.attache.common.QuantityComparator;
import org.junit.jupiter.api.Test;

class CapacityRulesTest {
  private final TrainingProgram training = Examples.trainingProgram();

  @Test
  void theExampleTrainingIsValid() {
    assertThat(problems(training)).isEmpty();
  }

  @Test
  void countsPerOrganizationAddUpToNoMoreThanAnExactTotal() {
    assertThat(problems(training.withParticipantTotal(Quantity.of(49))))
        .containsExactly("/participantCounts training.participants.total");
    assertThat(problems(training.withParticipantTotal(Quantity.of(50)))).isEmpty();
  }

  @Test
  void aLowerBoundOrApproximateTotalDoesNotBoundTheSum() {
    assertThat(problems(training.withParticipantTotal(
        Quantity.of(QuantityComparator.MORE_THAN, 40)))).isEmpty();
    assertThat(problems(training.withParticipantTotal(
        Quantity.of(QuantityComparator.APPROXIMATELY, 45)))).isEmpty();
  }

  @Test
  void countsAreNotNegative() {
    assertThat(problems(training.withParticipantTotal(Quantity.of(-1))))
        .containsExactly("/participantCounts training.participants.total",
            "/participantTotal value.negative");
    assertThat(problems(training.withParticipantCounts(
        ParticipantCount.of(Examples.AGENCY, -3))))
        .containsExactly("/participantCounts/0/count value.min");
  }

  @Test
  void anOrganizationIsCountedOnce() {
    assertThat(problems(training.withParticipantCounts(
        ParticipantCount.of(Examples.AGENCY, 3), ParticipantCount.of(Examples.AGENCY, 4))))
        .containsExactly("/participantCounts/1 training.participants.distinct");
  }

  @Test
  void aProjectListsAParticipantOncePerRole() {
    Project project = Examples.project();
    assertThat(problems(project)).isEmpty();
    ProjectParticipant undp = ProjectParticipant.of(Examples.UNDP, ParticipantRole.IMPLEMENTING);
    assertThat(problems(project.withParticipants(undp, undp)))
        .containsExactly("/participants/1 project.participants.distinct");
    assertThat(problems(project.withParticipants(undp,
        ProjectParticipant.of(Examples.UNDP, ParticipantRole.FUNDING)))).isEmpty();
  }

  @Test
  void rolesAndStatusesCarryTheirIatiCodes() {
    assertThat(ParticipantRole.FUNDING.getIatiCode()).hasValue(1);
    assertThat(ParticipantRole.IMPLEMENTING.getIatiCode()).hasValue(4);
    assertThat(ParticipantRole.TRAINING_PROVIDER.getIatiCode()).isEmpty();
    assertThat(ActivityStatus.IMPLEMENTATION.getIatiCode()).isEqualTo(2);
    assertThat(ActivityStatus.SUSPENDED.getIatiCode()).isEqualTo(6);
  }
}
