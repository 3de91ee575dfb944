package dev.attache.cooperation;

import dev.attache.common.Entity;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.Place;
import dev.attache.common.Ref;
import jakarta.validation.Valid;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One session of a {@link Commission}: its number (the 7th session), date, place and decisions.
 * The dataset checks it lies inside the commission's life.
 */
@Value.Immutable
public abstract sealed class CommissionSession implements Entity, WithCommissionSession
    permits ImmutableCommissionSession {
  CommissionSession() {}

  @Override
  public abstract Ref<CommissionSession> getId();

  public abstract Ref<Commission> getCommission();

  /** The ordinal number of the session, counted from 1. */
  @Positive
  public abstract OptionalInt getNumber();

  public abstract PartialDate getDate();

  public abstract Optional<@Valid Place> getPlace();

  /** What the session decided, in our own words. */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @Size(max = Limits.TEXT) String> getDecisions();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCommissionSession.Builder {
    Builder() {}
  }
}
