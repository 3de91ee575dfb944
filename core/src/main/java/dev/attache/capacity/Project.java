package dev.attache.capacity;

import dev.attache.common.CountryCode;
import dev.attache.common.Entity;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.Period;
import dev.attache.common.Ref;
import dev.attache.cooperation.HasCooperationAreas;
import dev.attache.validation.Distinct;
import jakarta.validation.Valid;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A donor-funded project: "Assistance in the Implementation of a Pilot Electronic Data Interchange
 * System in Turkmenistan", with its participants in their IATI roles, IATI status, period, areas
 * and results. Rule: no participant is listed twice in the same role
 * ({@code project.participants.distinct}).
 */
@Value.Immutable
public abstract sealed class Project implements Entity, HasCooperationAreas, WithProject permits ImmutableProject {
  Project() {}

  @Override
  public abstract Ref<Project> getId();

  @Valid
  public abstract Names getTitle();

  @Size(max = Limits.REFERENCES)
  @Distinct(message = "{project.participants.distinct}")
  public abstract List<ProjectParticipant> getParticipants();

  public abstract ActivityStatus getStatus();

  public abstract Optional<Period> getPeriod();

  /** The countries the project is for. */
  public abstract Set<CountryCode> getRecipientCountries();

  /** What it achieved so far, in our own words. */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @Size(max = Limits.TEXT) String> getResults();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
