package dev.attache.model;

import dev.attache.common.QualifiedDate;
import dev.attache.common.Quantity;
import dev.attache.validation.NonNegative;
import org.immutables.value.Value;

/**
 * How an {@link Indicator}'s value changed since a baseline: "the number has doubled over the past
 * five years" is a factor of 2 since about five years before the indicator's date. The factor is
 * the value divided by the baseline value, so 2 is doubled and 0.5 halved.
 *
 * <p>Instances are immutable and thread-safe. Rules, checked by validation: the factor is not
 * negative ({@code value.negative}); the baseline is not certainly after the indicator's date
 * ({@code indicator.change.since}).
 */
@Value.Immutable
public abstract class Change implements WithChange {
  Change() {}

  /**
   * The value divided by the baseline value, with how sure it is ({@code ~2} for "about doubled").
   *
   * @return the factor, not negative
   */
  @NonNegative
  @Value.Parameter
  public abstract Quantity getFactor();

  /**
   * The baseline: when the value was the one the factor divides, usually approximate ("over the
   * past five years" from 2025 is {@code ~2020}).
   *
   * @return the baseline date, not null
   */
  @Value.Parameter
  public abstract QualifiedDate getSince();

  /**
   * A change by a factor since a baseline.
   *
   * @param factor the value divided by the baseline value, not null
   * @param since the baseline date, not null
   * @return the change
   */
  public static Change of(Quantity factor, QualifiedDate since) {
    return ImmutableChange.create(factor, since);
  }

  /**
   * The change as text: {@code x2 since ~2020}.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return "x" + getFactor() + " since " + getSince();
  }
}
