package dev.attache.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * How many people of one organization took part in a {@link TrainingProgram}.
 *
 * <p>Instances are immutable and thread-safe. Rule: the count is not negative
 * ({@code value.min}), checked by validation, not by {@link #of(Ref, long)}.
 */
@Value.Immutable
public abstract class ParticipantCount implements WithParticipantCount {
  ParticipantCount() {}

  /**
   * The organization whose people took part.
   *
   * @return the reference to the organization, not null
   */
  @Value.Parameter
  public abstract Ref<Organization> getOrganization();

  /**
   * How many of its people took part.
   *
   * @return the count, not negative ({@code value.min})
   */
  @PositiveOrZero
  @Value.Parameter
  public abstract long getCount();

  /**
   * Obtains the count of people of an organization.
   *
   * @param organization the organization whose people took part, not null
   * @param count how many took part; not negative, which validation checks
   * @return the participant count, not null
   */
  public static ParticipantCount of(Ref<Organization> organization, long count) {
    return ImmutableParticipantCount.create(organization, count);
  }

  /**
   * The count and the organization: {@code 12 from org:undp}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return getCount() + " from " + getOrganization();
  }
}
