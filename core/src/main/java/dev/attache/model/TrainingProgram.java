package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import dev.attache.common.Place;
import dev.attache.common.Quantity;
import dev.attache.validation.NonNegative;
import jakarta.validation.Valid;
import dev.attache.validation.NoControlCharacters;
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
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the rules, validation does.
 */
@Value.Immutable
@TrainingProgramRules
public abstract sealed class TrainingProgram implements Entity, Named, WithTrainingProgram
    permits ImmutableTrainingProgram {
  TrainingProgram() {}

  @Override
  public abstract Ref<TrainingProgram> getId();

  /**
   * The organizations that run the programme.
   *
   * @return the references to the providers; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getProviders();

  /**
   * Organizations whose experts lectured.
   *
   * @return the references to the organizations; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getLecturers();

  /**
   * Organizations whose people took part, when the sources name them without counts.
   *
   * @return the references to the organizations; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getParticipatingOrganizations();

  /**
   * How many people took part in all: exact, approximate or a lower bound, not negative
   * ({@code value.negative}).
   *
   * @return the total, or empty if not known; not null
   */
  public abstract Optional<@NonNegative Quantity> getParticipantTotal();

  /**
   * How many people of each organization took part; each organization once
   * ({@code training.participants.distinct}).
   *
   * @return the counts, in the order given; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<@Valid ParticipantCount> getParticipantCounts();

  /**
   * Topics taught: Java, Python, Linux, Cisco CCNA/CCNP, cybersecurity.
   *
   * @return the topics, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @NoControlCharacters @Size(max = Limits.NAME) String> getTopics();

  /**
   * Certifications it prepares for.
   *
   * @return the certifications, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @NoControlCharacters @Size(max = Limits.NAME) String> getCertifications();

  /**
   * When the programme runs or ran, as far as known.
   *
   * @return the period, or empty if not known; not null
   */
  public abstract Optional<DateRange> getPeriod();

  /**
   * Where the programme is held.
   *
   * @return the place, or empty if not known; not null
   */
  public abstract Optional<@Valid Place> getPlace();

  /**
   * The project the programme belongs to.
   *
   * @return the reference to the project, or empty if there is none or it is not known; not null
   */
  public abstract Optional<Ref<Project>> getProject();

  /**
   * The attaché service whose cohort is trained.
   *
   * @return the reference to the service, or empty if it trains no attachés or it is not known;
   *     not null
   */
  public abstract Optional<Ref<AttacheService>> getAttacheService();

  /**
   * For a cohort of attachés: the countries they are trained to work in.
   *
   * @return the host countries; unmodifiable, possibly empty, not null
   */
  public abstract Set<CountryCode> getHostCountries();

  /**
   * The strategy or national programme this training is a strand of: one programme may run a
   * strand for IT personnel and another for AI specialists.
   *
   * @return the reference to the strategy, or empty if it belongs to none or it is not known
   */
  public abstract Optional<Ref<Strategy>> getStrategy();

  /**
   * How many providers run it when they are not all named: "running in 26 universities".
   *
   * @return the number of providers, not negative, or empty if not given
   */
  public abstract Optional<@NonNegative Quantity> getProviderTotal();

  /**
   * Who may take part, beyond the obvious, in English: "foreign students enrolled in Russian
   * universities".
   *
   * @return the conditions of eligibility, each non-blank; unmodifiable, possibly empty
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @NoControlCharacters @Size(max = Limits.TEXT) String> getEligibility();

  /**
   * The information systems the trained people run or maintain.
   *
   * @return the references to the systems; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<InformationSystem>> getSystems();

  @Override
  public List<Reference> references() {
    References refs = References.of(this)
        .all("providers", getProviders(), Organization.class)
        .all("lecturers", getLecturers(), Organization.class)
        .all("participatingOrganizations", getParticipatingOrganizations(), Organization.class);
    for (int i = 0; i < getParticipantCounts().size(); i++) {
      refs.element("participantCounts", i, "organization",
          getParticipantCounts().get(i).getOrganization(), Organization.class);
    }
    return refs.one("project", getProject(), Project.class)
        .one("attacheService", getAttacheService(), AttacheService.class)
        .one("strategy", getStrategy(), Strategy.class)
        .all("systems", getSystems(), InformationSystem.class).list();
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
    java.util.Set<CountryCode> countries = new java.util.LinkedHashSet<>(getHostCountries());
    getPlace().flatMap(dev.attache.common.Place::getCountry).ifPresent(countries::add);
    return java.util.Collections.unmodifiableSet(countries);
  }

  /**
   * Returns a new, empty builder of a training programme.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TrainingProgram}: set at least the id and names, then call {@code build()},
   * which throws {@link dev.attache.common.InvalidValueException} ({@code attributes.missing})
   * naming any of them left unset. A {@code null} argument throws {@code NullPointerException}.
   * The rules are not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableTrainingProgram.Builder {
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
     * @param id the id of the training program, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(TrainingProgram.class, id));
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

    /**
     * Sets the attache service by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the attache service, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder attacheService(String id) {
      attacheService(Ref.parse(AttacheService.class, id));
      return this;
    }
  }
}
