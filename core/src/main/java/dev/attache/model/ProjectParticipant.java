package dev.attache.model;

import org.immutables.value.Value;

/**
 * An organization in a role of a {@link Project}: UNDP as {@code IMPLEMENTING}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProjectParticipant implements WithProjectParticipant {
  ProjectParticipant() {}

  /**
   * The organization that takes part.
   *
   * @return the reference to the organization, not null
   */
  @Value.Parameter
  public abstract Ref<Organization> getOrganization();

  /**
   * The role it takes part in.
   *
   * @return the role, not null
   */
  @Value.Parameter
  public abstract ParticipantRole getRole();

  /**
   * Obtains an organization in a role.
   *
   * @param organization the organization, not null
   * @param role its role in the project, not null
   * @return the participant, not null
   */
  public static ProjectParticipant of(Ref<Organization> organization, ParticipantRole role) {
    return ImmutableProjectParticipant.create(organization, role);
  }

  /**
   * The organization and its role: {@code org:undp as IMPLEMENTING}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return getOrganization() + " as " + getRole();
  }
}
