package dev.attache.cooperation;

import dev.attache.common.Entity;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.Party;
import dev.attache.common.Ref;
import dev.attache.validation.Distinct;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
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
 */
@Value.Immutable
@AgreementRules
public abstract sealed class Agreement implements Entity, HasCooperationAreas, WithAgreement permits ImmutableAgreement {
  Agreement() {}

  @Override
  public abstract Ref<Agreement> getId();

  /** The title, in one or more languages. */
  @Valid
  public abstract Names getTitle();

  public abstract AgreementKind getKind();

  @Size(min = 2, max = Limits.PARTIES, message = "{agreement.parties.size}")
  @Distinct(message = "{agreement.parties.distinct}")
  public abstract List<Party> getParties();

  public abstract AgreementStatus getStatus();

  public abstract Optional<PartialDate> getProposedOn();

  /** When the parties agreed on the text, before any signature. */
  public abstract Optional<PartialDate> getAgreedOn();

  public abstract Optional<PartialDate> getSignedOn();

  public abstract Optional<PartialDate> getInForceFrom();

  public abstract Optional<PartialDate> getExpiresOn();

  /**
   * True if the agreement may be in force on the date: its status says it entered into force
   * ({@code IN_FORCE}, {@code EXPIRED}, {@code TERMINATED}) or it is {@code SIGNED} with a known
   * in-force date, and the date lies from the earliest day its start (in force from, else signed)
   * may mean to the latest day its expiry may mean. An expired or terminated agreement without an
   * expiry date ended at an unknown time and counts as possibly in force on any later date.
   */
  public boolean isInForceOn(java.time.LocalDate date) {
    AgreementStatus status = getStatus();
    boolean entered = status == AgreementStatus.IN_FORCE || status == AgreementStatus.EXPIRED
        || status == AgreementStatus.TERMINATED
        || status == AgreementStatus.SIGNED && getInForceFrom().isPresent();
    return entered
        && getInForceFrom().or(this::getSignedOn).map(s -> !date.isBefore(s.earliest()))
            .orElse(true)
        && getExpiresOn().map(e -> !date.isAfter(e.latest())).orElse(true);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}
