package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A state's digital attaché service: specialists posted abroad to help its IT companies export
 * and to attract partners. Rule: it is not established before it was conceived
 * ({@code attache-service.established.order}).
 *
 * <p>Its postings are {@link AttachePosting} entities that refer to it. Instances are immutable
 * and thread-safe. Make one with {@link #builder()}, and a changed copy with the {@code with…}
 * methods; building does not check the rule, validation does.
 */
@Value.Immutable
@AttacheServiceRules
public abstract sealed class AttacheService implements Entity, Named, WithAttacheService
    permits ImmutableAttacheService {
  AttacheService() {}

  @Override
  public abstract Ref<AttacheService> getId();

  /**
   * The state that runs the service and posts its attachés abroad.
   *
   * @return the sending country, not null
   */
  public abstract CountryCode getSendingCountry();

  /**
   * The bodies responsible for establishing and running it.
   *
   * @return the references to the bodies; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.REFERENCES)
  public abstract List<Ref<Organization>> getResponsibleBodies();

  /**
   * When the idea first emerged.
   *
   * @return the date it was conceived, or empty if not known; not null
   */
  public abstract Optional<QualifiedDate> getConceived();

  /**
   * When it was decided or mandated: a government's package of measures that provides for the
   * service is a decision, not its establishment.
   *
   * @return the date of the decision, or empty if not known; not null
   */
  public abstract Optional<QualifiedDate> getDecided();

  /**
   * The decision or programme that provided for the service, such as a package of measures.
   *
   * @return the reference to the strategy, or empty if not known; not null
   */
  public abstract Optional<Ref<Strategy>> getMandate();

  /**
   * When it was formally established; a decision to establish it is {@link #getDecided()}.
   *
   * @return the date it was established, or empty if it was not or the date is not known; not
   *     null
   */
  public abstract Optional<QualifiedDate> getEstablished();

  /**
   * What the service's attachés do, from the {@link Duty} catalogue.
   *
   * @return the duties, in catalogue order; unmodifiable, possibly empty, not null
   */
  public abstract Set<Duty> getDuties();

  /**
   * Duties outside the {@link Duty} catalogue, in English.
   *
   * @return the other duties, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @NoControlCharacters @Size(max = Limits.TEXT) String> getOtherDuties();

  @Override
  public List<Reference> references() {
    return References.of(this).all("responsibleBodies", getResponsibleBodies(), Organization.class)
        .one("mandate", getMandate(), Strategy.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getEstablished().or(this::getDecided).or(this::getConceived)
        .map(QualifiedDate::getDate);
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
    return Set.of(getSendingCountry());
  }

  /**
   * Returns a new, empty builder of an attaché service.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AttacheService}: set at least the id, names and sending country, then call
   * {@code build()}, which throws {@link dev.attache.common.InvalidValueException} ({@code
   * attributes.missing}) naming any of them left unset. A {@code null} argument throws {@code
   * NullPointerException}. The rule is not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAttacheService.Builder {
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
     * @param id the id of the attache service, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(AttacheService.class, id));
      return this;
    }

    /**
     * Sets the sending country by its ISO 3166-1 alpha-2 code: {@code sendingCountry("TM")}.
     *
     * @param code the country code, not null
     * @return this builder
     * @throws InvalidValueException {@code country.unknown} if the JDK does not know the code
     */
    public Builder sendingCountry(String code) {
      sendingCountry(CountryCode.parse(code));
      return this;
    }

    /**
     * Sets the conceived to a day, known exactly: {@code conceived(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder conceived(LocalDate day) {
      conceived(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the conceived from its text, with its qualifier: {@code conceived("<=2025")},
     * {@code conceived("~2019")}, {@code conceived("2021-09")}.
     *
     * @param text the qualified date, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder conceived(String text) {
      conceived(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the established to a day, known exactly: {@code established(LocalDate.of(2025, 10,
     * 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder established(LocalDate day) {
      established(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the established from its text, with its qualifier: {@code established("<=2025")},
     * {@code established("~2019")}, {@code established("2021-09")}.
     *
     * @param text the qualified date, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder established(String text) {
      established(QualifiedDate.parse(text));
      return this;
    }
  }
}
