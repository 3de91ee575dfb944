package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A digital-government system: an interagency electronic data interchange system, a
 * public-services portal, a document management system, a certification centre, a statistical
 * business register.
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the constraints, validation does.
 */
@Value.Immutable
public abstract sealed class InformationSystem implements Entity, Named, WithInformationSystem
    permits ImmutableInformationSystem {
  InformationSystem() {}

  @Override
  public abstract Ref<InformationSystem> getId();

  /**
   * What the system does.
   *
   * @return the kind, not null
   */
  public abstract SystemKind getKind();

  /**
   * The country whose system it is.
   *
   * @return the country, not null
   */
  public abstract CountryCode getCountry();

  /**
   * The organization that operates the system.
   *
   * @return the reference to the operator, or empty if not known; not null
   */
  public abstract Optional<Ref<Organization>> getOperator();

  /**
   * The agencies that take part in or connect to it.
   *
   * @return the references to the agencies; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getParticipants();

  /**
   * The system's life stage, from planned to retired.
   *
   * @return the status, not null
   */
  public abstract SystemStatus getStatus();

  /**
   * When it ran or is to run, as far as known.
   *
   * @return the period, or empty if not known; not null
   */
  public abstract Optional<DateRange> getPeriod();

  /**
   * The project that builds it.
   *
   * @return the reference to the project, or empty if there is none or it is not known; not null
   */
  public abstract Optional<Ref<Project>> getProject();

  @Override
  public List<Reference> references() {
    return References.of(this).one("operator", getOperator(), Organization.class).all("participants", getParticipants(), Organization.class).one("project", getProject(), Project.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getPeriod().flatMap(DateRange::getStart);
  }

  @Override
  public String label() {
    return getNames().getPrimary();
  }

  @Override
  public Set<String> spellings() {
    return getNames().allSpellings();
  }

  @Override
  public Set<CountryCode> countries() {
    return Set.of(getCountry());
  }

  /**
   * Returns a new, empty builder of an information system.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link InformationSystem}: set at least the id, names, kind, country and status,
   * then call {@code build()}, which throws {@code IllegalStateException} naming any of them left
   * unset. A {@code null} argument throws {@code NullPointerException}. The constraints are not
   * checked here: validate the result with {@link dev.attache.validation.AttacheValidator}. A
   * builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableInformationSystem.Builder {
    Builder() {}
  }
}
