package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import dev.attache.validation.Distinct;
import jakarta.validation.Valid;
import dev.attache.validation.NoControlCharacters;
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
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the rule, validation does.
 */
@Value.Immutable
public abstract sealed class Project implements Entity, HasCooperationAreas, WithProject permits ImmutableProject {
  Project() {}

  @Override
  public abstract Ref<Project> getId();

  /**
   * The title, in one or more languages.
   *
   * @return the title, not null
   */
  @Valid
  public abstract Names getTitle();

  /**
   * The organizations taking part, each in its role: funder, implementer, trainer and so on. An
   * organization may appear in several roles, but not twice in one
   * ({@code project.participants.distinct}).
   *
   * @return the participants, in the order given; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  @Distinct(message = "{project.participants.distinct}")
  public abstract List<ProjectParticipant> getParticipants();

  /**
   * Where the project stands, as an IATI activity status.
   *
   * @return the status, not null
   */
  public abstract ActivityStatus getStatus();

  /**
   * When the project runs or ran, as far as known.
   *
   * @return the period, or empty if not known; not null
   */
  public abstract Optional<DateRange> getPeriod();

  /**
   * The countries the project is for.
   *
   * @return the recipient countries; unmodifiable, possibly empty, not null
   */
  public abstract Set<CountryCode> getRecipientCountries();

  /**
   * What it achieved so far, in our own words.
   *
   * @return the results, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @NoControlCharacters @Size(max = Limits.TEXT) String> getResults();

  @Override
  public List<Reference> references() {
    References refs = References.of(this);
    for (int i = 0; i < getParticipants().size(); i++) {
      refs.element("participants", i, "organization", getParticipants().get(i).getOrganization(),
          Organization.class);
    }
    return refs.list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getPeriod().flatMap(DateRange::getStart);
  }

  @Override
  public String label() {
    return getTitle().getPrimary();
  }

  @Override
  public Set<String> spellings() {
    return getTitle().allSpellings();
  }

  @Override
  public Set<CountryCode> countries() {
    return Set.copyOf(getRecipientCountries());
  }

  /**
   * Returns a new, empty builder of a project.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Project}: set at least the id, title and status, then call {@code build()},
   * which throws {@link dev.attache.common.InvalidValueException} ({@code attributes.missing})
   * naming any of them left unset. A {@code null} argument throws {@code NullPointerException}.
   * The rule is not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the project, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Project.class, id));
      return this;
    }

    /**
     * Sets the title to one English name: {@code title("…")} for {@code title(Names.of("…"))}.
     *
     * @param englishName the name in English, not null
     * @return this builder
     * @throws InvalidValueException {@code names.blank} or {@code names.character} for a name
     *     that is blank or has a control character
     */
    public Builder title(String englishName) {
      title(Names.of(englishName));
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
  }
}
