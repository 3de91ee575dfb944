package dev.attache.economy;

import dev.attache.capacity.Project;
import dev.attache.common.CountryCode;
import dev.attache.common.Entity;
import dev.attache.common.Named;
import dev.attache.common.Limits;
import dev.attache.common.Period;
import dev.attache.common.Ref;
import dev.attache.party.Organization;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A digital-government system: an interagency electronic data interchange system, a
 * public-services portal, a document management system, a certification centre, a statistical
 * business register.
 */
@Value.Immutable
public abstract sealed class InformationSystem implements Entity, Named, WithInformationSystem
    permits ImmutableInformationSystem {
  InformationSystem() {}

  @Override
  public abstract Ref<InformationSystem> getId();

  public abstract SystemKind getKind();

  public abstract CountryCode getCountry();

  public abstract Optional<Ref<Organization>> getOperator();

  /** The agencies that take part in or connect to it. */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getParticipants();

  public abstract SystemStatus getStatus();

  /** When it ran or is to run, as far as known. */
  public abstract Optional<Period> getPeriod();

  /** The project that builds it. */
  public abstract Optional<Ref<Project>> getProject();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableInformationSystem.Builder {
    Builder() {}
  }
}
