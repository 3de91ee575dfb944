package dev.attache.capacity;

import dev.attache.common.Ref;
import dev.attache.party.Organization;
import org.immutables.value.Value;

/** An organization in a role of a {@link Project}: UNDP as {@code IMPLEMENTING}. */
@Value.Immutable
public abstract class ProjectParticipant implements WithProjectParticipant {
  ProjectParticipant() {}

  @Value.Parameter
  public abstract Ref<Organization> getOrganization();

  @Value.Parameter
  public abstract ParticipantRole getRole();

  public static ProjectParticipant of(Ref<Organization> organization, ParticipantRole role) {
    return ImmutableProjectParticipant.create(organization, role);
  }

  @Override
  public String toString() {
    return getOrganization() + " as " + getRole();
  }
}
