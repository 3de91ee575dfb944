package dev.attache.capacity;

import dev.attache.common.Ref;
import dev.attache.party.Organization;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/** How many people of one organization took part in a {@link TrainingProgram}. */
@Value.Immutable
public abstract class ParticipantCount implements WithParticipantCount {
  ParticipantCount() {}

  @Value.Parameter
  public abstract Ref<Organization> getOrganization();

  @PositiveOrZero
  @Value.Parameter
  public abstract long getCount();

  public static ParticipantCount of(Ref<Organization> organization, long count) {
    return ImmutableParticipantCount.create(organization, count);
  }

  @Override
  public String toString() {
    return getCount() + " from " + getOrganization();
  }
}
