package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

  /**
   * The states sources saw the system in, each with its date and source. {@link #getStatus()}
   * stays the latest state.
   *
   * @return the observations, at most {@value Limits#ITEMS}; unmodifiable, possibly empty
   */
  @Size(max = Limits.ITEMS)
  public abstract List<StatusObservation<SystemStatus>> getObservations();

  /**
   * The state sources last saw the system in on or before a day, as {@link StatusObservation}
   * orders dated observations.
   *
   * @param day the day, not null
   * @return the status seen, or empty when no dated observation precedes the day
   */
  public Optional<SystemStatus> statusOn(LocalDate day) {
    return StatusObservation.latestOn(getObservations(), day);
  }

  @Override
  public List<Reference> references() {
    return References.of(this).one("operator", getOperator(), Organization.class)
        .all("participants", getParticipants(), Organization.class)
        .one("project", getProject(), Project.class).observations(getObservations()).list();
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
   * then call {@code build()}, which throws {@link dev.attache.common.InvalidValueException}
   * ({@code attributes.missing}) naming any of them left unset. A {@code null} argument throws
   * {@code NullPointerException}. The constraints are not checked here: validate the result with
   * {@link dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableInformationSystem.Builder {
    Builder() {}

    /**
     * Sets the names to one English name: {@code names("…")} for {@code names(Names.of("…"))}.
     *
     * @param englishName the name in English, not null
     * @return this builder
     * @throws InvalidValueException {@code names.blank} or {@code names.character} for a name
     *     that is blank or has a control character
     */
    public Builder names(String englishName) {
      names(Names.of(englishName));
      return this;
    }

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the information system, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(InformationSystem.class, id));
      return this;
    }

    /**
     * Sets the country by its ISO 3166-1 alpha-2 code: {@code country("TM")}.
     *
     * @param code the country code, not null
     * @return this builder
     * @throws InvalidValueException {@code country.unknown} if the JDK does not know the code
     */
    public Builder country(String code) {
      country(CountryCode.parse(code));
      return this;
    }

    /**
     * Sets the operator by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the organization, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder operator(String id) {
      operator(Ref.parse(Organization.class, id));
      return this;
    }

    /**
     * Sets the period from its text: {@code period("2019/2025")}, {@code period("2021/..")}.
     *
     * @param text the range, {@code start/end} with {@code ..} for an open side, not null
     * @return this builder
     * @throws InvalidValueException {@code period.malformed} or {@code period.order}
     */
    public Builder period(String text) {
      period(DateRange.parse(text));
      return this;
    }

    /**
     * Sets the project by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the project, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder project(String id) {
      project(Ref.parse(Project.class, id));
      return this;
    }
  }
}
