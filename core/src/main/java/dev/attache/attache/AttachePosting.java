package dev.attache.attache;

import dev.attache.common.CountryCode;
import dev.attache.common.Entity;
import dev.attache.common.Limits;
import dev.attache.common.Period;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Ref;
import dev.attache.party.Person;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One attaché posting of a service in a host country: who (if known), its status, when the
 * attaché is expected ({@code plannedArrival}, often qualified: "before the end of the year" is
 * {@code <=2025}) and the period actually served (its start is the actual arrival).
 *
 * <p>Rules: an {@code ACTIVE} posting has an actual arrival ({@code posting.active.arrival}); a
 * {@code COMPLETED} posting has an end ({@code posting.completed.end}); a {@code PLANNED} or
 * {@code IN_TRAINING} posting has not yet started ({@code posting.planned.started}). The dataset
 * checks that a service has one active posting per host country at a time.
 */
@Value.Immutable
@AttachePostingRules
public abstract sealed class AttachePosting implements Entity, WithAttachePosting
    permits ImmutableAttachePosting {
  AttachePosting() {}

  @Override
  public abstract Ref<AttachePosting> getId();

  public abstract Ref<AttacheService> getService();

  public abstract CountryCode getHostCountry();

  /** The attaché, when the sources name them. */
  public abstract Optional<Ref<Person>> getPerson();

  public abstract PostingStatus getStatus();

  /** When the attaché is expected to arrive, with how sure that is. */
  public abstract Optional<QualifiedDate> getPlannedArrival();

  /** The time actually served: the start is the arrival, the end the departure. */
  public abstract Optional<Period> getPeriod();

  public abstract Set<Duty> getDuties();

  /** Duties outside the {@link Duty} catalogue, in English. */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @Size(max = Limits.TEXT) String> getOtherDuties();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAttachePosting.Builder {
    Builder() {}
  }
}
