package dev.attache.economy;

import dev.attache.common.Entity;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.Party;
import dev.attache.common.Quantity;
import dev.attache.common.Ref;
import dev.attache.validation.NonNegative;
import jakarta.validation.Valid;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An observation about a country or an organization: "Russia has more than 20,000 accredited IT
 * companies", "digital attachés work in 19 countries". Rules: the count is not negative
 * ({@code value.negative}); an {@code OTHER} metric has a label ({@code indicator.metric.label}).
 */
@Value.Immutable
@IndicatorRules
public abstract sealed class Indicator implements Entity, WithIndicator permits ImmutableIndicator {
  Indicator() {}

  @Override
  public abstract Ref<Indicator> getId();

  /** The country or organization observed. */
  public abstract Party getSubject();

  public abstract Metric getMetric();

  /** What is counted, in words; required for {@link Metric#OTHER}. */
  public abstract Optional<@Valid Names> getLabel();

  @NonNegative
  public abstract Quantity getValue();

  /** The unit, when the value is not a plain count: "percent", "USD million". */
  public abstract Optional<@NonBlank @Size(max = Limits.NAME) String> getUnit();

  /** The date the value holds on. */
  public abstract Optional<PartialDate> getAsOf();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
