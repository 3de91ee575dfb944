package dev.attache.capacity;

import dev.attache.attache.AttacheService;
import dev.attache.common.CountryCode;
import dev.attache.common.Entity;
import dev.attache.common.Named;
import dev.attache.common.Limits;
import dev.attache.common.Period;
import dev.attache.common.Place;
import dev.attache.common.Quantity;
import dev.attache.common.Ref;
import dev.attache.party.Organization;
import dev.attache.validation.NonNegative;
import jakarta.validation.Valid;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A training programme: who provides it, who lectures, who takes part (a total and counts per
 * organization), its topics and certifications, when and where, the project it belongs to, and,
 * for a cohort of attachés, the service and the host countries they are trained for.
 *
 * <p>Rules: counts are not negative ({@code value.negative}, {@code value.min}); each organization
 * is counted once ({@code training.participants.distinct}); when the total is exact, the counts per
 * organization add up to no more than it ({@code training.participants.total}). An approximate or
 * lower-bound total ("more than 70") does not bound the sum from above.
 */
@Value.Immutable
@TrainingProgramRules
public abstract sealed class TrainingProgram implements Entity, Named, WithTrainingProgram
    permits ImmutableTrainingProgram {
  TrainingProgram() {}

  @Override
  public abstract Ref<TrainingProgram> getId();

  /** The organizations that run the programme. */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getProviders();

  /** Organizations whose experts lectured. */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getLecturers();

  /** Organizations whose people took part, when the sources name them without counts. */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getParticipatingOrganizations();

  /** How many people took part in all. */
  public abstract Optional<@NonNegative Quantity> getParticipantTotal();

  /** How many people of each organization took part. */
  @Size(max = Limits.REFERENCES)
  public abstract List<@Valid ParticipantCount> getParticipantCounts();

  /** Topics taught: Java, Python, Linux, Cisco CCNA/CCNP, cybersecurity. */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @Size(max = Limits.NAME) String> getTopics();

  /** Certifications it prepares for. */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @Size(max = Limits.NAME) String> getCertifications();

  public abstract Optional<Period> getPeriod();

  public abstract Optional<@Valid Place> getPlace();

  public abstract Optional<Ref<Project>> getProject();

  /** The attaché service whose cohort is trained. */
  public abstract Optional<Ref<AttacheService>> getAttacheService();

  /** For a cohort of attachés: the countries they are trained to work in. */
  public abstract Set<CountryCode> getHostCountries();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableTrainingProgram.Builder {
    Builder() {}
  }
}
