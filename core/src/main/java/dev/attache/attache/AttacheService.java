package dev.attache.attache;

import dev.attache.common.CountryCode;
import dev.attache.common.Entity;
import dev.attache.common.Named;
import dev.attache.common.Limits;
import dev.attache.common.QualifiedDate;
import dev.attache.common.Ref;
import dev.attache.party.Organization;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A state's digital attaché service: specialists posted abroad to help its IT companies export
 * and to attract partners. Rule: it is not established before it was conceived
 * ({@code attache-service.established.order}).
 */
@Value.Immutable
@AttacheServiceRules
public abstract sealed class AttacheService implements Entity, Named, WithAttacheService
    permits ImmutableAttacheService {
  AttacheService() {}

  @Override
  public abstract Ref<AttacheService> getId();

  public abstract CountryCode getSendingCountry();

  /** The bodies responsible for establishing and running it. */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getResponsibleBodies();

  /** When the idea first emerged. */
  public abstract Optional<QualifiedDate> getConceived();

  /** When it was formally established. */
  public abstract Optional<QualifiedDate> getEstablished();

  public abstract Set<Duty> getDuties();

  /** Duties outside the {@link Duty} catalogue, in English. */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @Size(max = Limits.TEXT) String> getOtherDuties();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAttacheService.Builder {
    Builder() {}
  }
}
