package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.Limits;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A national digital-economy concept, strategy, programme or project: "Concept for the Development
 * of the Digital Economy in Turkmenistan, 2019–2025".
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the constraints, validation does.
 */
@Value.Immutable
public abstract sealed class Strategy implements Entity, HasCooperationAreas, Named, WithStrategy permits ImmutableStrategy {
  Strategy() {}

  @Override
  public abstract Ref<Strategy> getId();

  /**
   * The form of the document: concept, strategy, programme and so on.
   *
   * @return the kind, not null
   */
  public abstract StrategyKind getKind();

  /**
   * The country whose strategy it is.
   *
   * @return the country, not null
   */
  public abstract CountryCode getCountry();

  /**
   * The body that adopted or owns it.
   *
   * @return the reference to the owner, or empty if not known; not null
   */
  public abstract Optional<Ref<Organization>> getOwner();

  /**
   * When it was adopted or approved.
   *
   * @return the date, or empty if not known; not null
   */
  public abstract Optional<PartialDate> getAdoptedOn();

  /**
   * The period it covers.
   *
   * @return the period, or empty if not known; not null
   */
  public abstract Optional<DateRange> getPeriod();

  /**
   * What it aims at, in our own words.
   *
   * @return the goals, each non-blank; unmodifiable, possibly empty, not null
   */
  @Size(max = Limits.ITEMS)
  public abstract List<@NonBlank @Size(max = Limits.TEXT) String> getGoals();

  @Override
  public List<Reference> references() {
    return References.of(this).one("owner", getOwner(), Organization.class).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getAdoptedOn().or(() -> getPeriod().flatMap(DateRange::getStart));
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
   * Returns a new, empty builder of a strategy.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Strategy}: set at least the id, names, kind and country, then call
   * {@code build()}, which throws {@code IllegalStateException} naming any of them left unset. A
   * {@code null} argument throws {@code NullPointerException}. The constraints are not checked
   * here: validate the result with {@link dev.attache.validation.AttacheValidator}. A builder is
   * mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}
  }
}
