package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.DayRange;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.validation.Distinct;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A memorandum, agreement, treaty, protocol, roadmap or set of cooperation terms between states or
 * organizations.
 *
 * <p>Rules: at least two parties ({@code agreement.parties.size}), all distinct
 * ({@code agreement.parties.distinct}); from {@code SIGNED} on, a signature date
 * ({@code agreement.signed.date}); not agreed before proposed ({@code agreement.agreed.order}); not
 * signed before proposed or agreed ({@code agreement.signed.order}); in
 * force not before signed ({@code agreement.in-force.order}); expiry not before in force
 * ({@code agreement.expiry.order}). A date is "before" another only when it certainly is: a date
 * known to the year is never before a day inside that year.
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the rules, validation does.
 */
@Value.Immutable
@AgreementRules
public abstract sealed class Agreement implements Entity, HasCooperationAreas, WithAgreement permits ImmutableAgreement {
  Agreement() {}

  @Override
  public abstract Ref<Agreement> getId();

  /**
   * The title, in one or more languages.
   *
   * @return the title, not null
   */
  @Valid
  public abstract Names getTitle();

  /**
   * The form of the agreement: memorandum, treaty, protocol and so on.
   *
   * @return the kind, not null
   */
  public abstract AgreementKind getKind();

  /**
   * The states or organizations that are parties to it: at least two
   * ({@code agreement.parties.size}), all distinct ({@code agreement.parties.distinct}).
   *
   * @return the parties, in the order given; unmodifiable, not null
   */
  @Size(min = 2, max = Limits.PARTIES, message = "{agreement.parties.size}")
  @Distinct(message = "{agreement.parties.distinct}")
  public abstract List<Party> getParties();

  /**
   * Where the agreement stands, from proposed to terminated.
   *
   * @return the status, not null
   */
  public abstract AgreementStatus getStatus();

  /**
   * When the agreement was first proposed. Like every date of an agreement, it is qualified
   * where the source gives no exact date: {@code <=2021-10-06} for terms reported as reached by an
   * article's day.
   *
   * @return the date, or empty if not known; not null
   */
  public abstract Optional<QualifiedDate> getProposedOn();

  /**
   * When the parties agreed on the text, before any signature.
   *
   * @return the date, or empty if not agreed yet or not known; not null
   */
  public abstract Optional<QualifiedDate> getAgreedOn();

  /**
   * When the agreement was signed; required from {@link AgreementStatus#SIGNED} on
   * ({@code agreement.signed.date}).
   *
   * @return the signature date, or empty if not signed yet; not null
   */
  public abstract Optional<QualifiedDate> getSignedOn();

  /**
   * When the agreement entered, or is to enter, into force.
   *
   * @return the date, or empty if not known; not null
   */
  public abstract Optional<QualifiedDate> getInForceFrom();

  /**
   * When the agreement stops, or stopped, being in force.
   *
   * @return the date, or empty if it has no end or the end is not known; not null
   */
  public abstract Optional<QualifiedDate> getExpiresOn();

  /**
   * The step the parties have announced next: {@code SIGNED} for terms "to be offered for formal
   * signing in the near future". It comes after the current status
   * ({@code agreement.next.order}).
   *
   * @return the next status, or empty if none is announced; not null
   */
  public abstract Optional<AgreementStatus> getNextStatus();

  /**
   * When the next step is expected, qualified as the source allows: {@code <=2025} for "by the
   * end of the year".
   *
   * @return the expected date, or empty if the source gives none; not null
   */
  public abstract Optional<QualifiedDate> getNextStatusBy();

  /**
   * Conditions the agreement or its next step depends on, in English: "once the epidemiological
   * situation allows".
   *
   * @return the conditions, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @NoControlCharacters @Size(max = Limits.TEXT) String> getConditions();

  /**
   * True if the agreement may be in force on the date: its status says it entered into force
   * ({@code IN_FORCE}, {@code EXPIRED}, {@code TERMINATED}) or it is {@code SIGNED} with a known
   * in-force date, and the date lies from the earliest day its start (in force from, else signed)
   * may mean to the latest day its expiry may mean. An expired or terminated agreement without an
   * expiry date ended at an unknown time and counts as possibly in force on any later date.
   *
   * @param date the day to ask about, not null
   * @return true if the agreement may be in force on that day, as above
   */
  public boolean isInForceOn(LocalDate date) {
    return daysInForce().contains(date);
  }

  /**
   * The days on which the agreement may be in force, as {@link #isInForceOn} defines them: the
   * one definition behind that method and behind any store that answers the question from a range
   * of days.
   *
   * @return the days, unbounded on a side the dates do not limit; {@link DayRange#NONE} if the
   *     status says it never entered into force
   */
  public DayRange daysInForce() {
    AgreementStatus status = getStatus();
    boolean entered = status == AgreementStatus.IN_FORCE || status == AgreementStatus.EXPIRED
        || status == AgreementStatus.TERMINATED
        || status == AgreementStatus.SIGNED && getInForceFrom().isPresent();
    if (!entered) {
      return DayRange.NONE;
    }
    return new DayRange(
        getInForceFrom().or(this::getSignedOn).map(QualifiedDate::earliestPossible)
            .orElse(LocalDate.MIN),
        getExpiresOn().map(QualifiedDate::latestPossible).orElse(LocalDate.MAX));
  }

  @Override
  public List<Reference> references() {
    return References.of(this).parties("parties", getParties()).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getSignedOn().or(this::getProposedOn).or(this::getInForceFrom)
        .map(QualifiedDate::getDate);
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
    return Party.states(getParties());
  }

  /**
   * Returns a new, empty builder of an agreement.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Agreement}: set at least the id, title, kind and status, then call {@code
   * build()}, which throws {@link dev.attache.common.InvalidValueException} ({@code
   * attributes.missing}) naming any of them left unset. A {@code null} argument throws {@code
   * NullPointerException}. The rules are not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the agreement, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Agreement.class, id));
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
     * Sets the proposed on to a day: {@code proposedOn(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder proposedOn(LocalDate day) {
      proposedOn(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the proposed on from its text, known to the year, month or day and qualified where the
     * source gives no exact date: {@code proposedOn("2021-09")}, {@code
     * proposedOn("<=2021-10-06")}.
     *
     * @param text the date in the text form of {@link QualifiedDate}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder proposedOn(String text) {
      proposedOn(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the proposed on to a date as stated: {@code proposedOn(PartialDate.parse("2021-09"))}.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder proposedOn(PartialDate date) {
      proposedOn(QualifiedDate.of(date));
      return this;
    }

    /**
     * Sets the agreed on to a day: {@code agreedOn(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder agreedOn(LocalDate day) {
      agreedOn(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the agreed on from its text, known to the year, month or day and qualified where the
     * source gives no exact date: {@code agreedOn("2021-09")}, {@code agreedOn("<=2021-10-06")}.
     *
     * @param text the date in the text form of {@link QualifiedDate}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder agreedOn(String text) {
      agreedOn(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the agreed on to a date as stated: {@code agreedOn(PartialDate.parse("2021-09"))}.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder agreedOn(PartialDate date) {
      agreedOn(QualifiedDate.of(date));
      return this;
    }

    /**
     * Sets the signed on to a day: {@code signedOn(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder signedOn(LocalDate day) {
      signedOn(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the signed on from its text, known to the year, month or day and qualified where the
     * source gives no exact date: {@code signedOn("2021-09")}, {@code signedOn("<=2021-10-06")}.
     *
     * @param text the date in the text form of {@link QualifiedDate}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder signedOn(String text) {
      signedOn(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the signed on to a date as stated: {@code signedOn(PartialDate.parse("2021-09"))}.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder signedOn(PartialDate date) {
      signedOn(QualifiedDate.of(date));
      return this;
    }

    /**
     * Sets the in force from to a day: {@code inForceFrom(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder inForceFrom(LocalDate day) {
      inForceFrom(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the in force from from its text, known to the year, month or day and qualified where
     * the source gives no exact date: {@code inForceFrom("2021-09")}, {@code
     * inForceFrom("<=2021-10-06")}.
     *
     * @param text the date in the text form of {@link QualifiedDate}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder inForceFrom(String text) {
      inForceFrom(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the in force from to a date as stated: {@code
     * inForceFrom(PartialDate.parse("2021-09"))}.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder inForceFrom(PartialDate date) {
      inForceFrom(QualifiedDate.of(date));
      return this;
    }

    /**
     * Sets the expires on to a day: {@code expiresOn(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder expiresOn(LocalDate day) {
      expiresOn(QualifiedDate.of(PartialDate.of(day)));
      return this;
    }

    /**
     * Sets the expires on from its text, known to the year, month or day and qualified where the
     * source gives no exact date: {@code expiresOn("2021-09")}, {@code expiresOn("<=2021-10-06")}.
     *
     * @param text the date in the text form of {@link QualifiedDate}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder expiresOn(String text) {
      expiresOn(QualifiedDate.parse(text));
      return this;
    }

    /**
     * Sets the expires on to a date as stated: {@code expiresOn(PartialDate.parse("2021-09"))}.
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder expiresOn(PartialDate date) {
      expiresOn(QualifiedDate.of(date));
      return this;
    }

    /**
     * Adds parties from their text: country codes for states ({@code "RU"}), ids for
     * organizations ({@code "org:undp"}).
     *
     * @param parties the parties, not null, nor any of them null
     * @return this builder
     * @throws InvalidValueException {@code country.unknown}, {@code id.malformed} or
     *     {@code id.kind}
     */
    public Builder addParties(String... parties) {
      for (String party : parties) {
        addParty(Party.parse(party));
      }
      return this;
    }
  }
}
