package dev.attache.economy;

import dev.attache.common.CountryCode;
import dev.attache.common.Entity;
import dev.attache.common.Named;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.Period;
import dev.attache.common.Ref;
import dev.attache.cooperation.HasCooperationAreas;
import dev.attache.party.Organization;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A national digital-economy concept, strategy, programme or project: "Concept for the Development
 * of the Digital Economy in Turkmenistan, 2019–2025".
 */
@Value.Immutable
public abstract sealed class Strategy implements Entity, HasCooperationAreas, Named, WithStrategy permits ImmutableStrategy {
  Strategy() {}

  @Override
  public abstract Ref<Strategy> getId();

  public abstract StrategyKind getKind();

  public abstract CountryCode getCountry();

  /** The body that adopted or owns it. */
  public abstract Optional<Ref<Organization>> getOwner();

  /** When it was adopted or approved. */
  public abstract Optional<PartialDate> getAdoptedOn();

  /** The period it covers. */
  public abstract Optional<Period> getPeriod();

  /** What it aims at, in our own words. */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @Size(max = Limits.TEXT) String> getGoals();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}
  }
}
