package dev.attache.cooperation;

import dev.attache.common.Entity;
import dev.attache.common.Named;
import dev.attache.common.Limits;
import dev.attache.common.Party;
import dev.attache.common.Period;
import dev.attache.common.Ref;
import dev.attache.validation.Distinct;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An intergovernmental commission: the "Intergovernmental Russian-Turkmen Commission for Economic
 * Cooperation". Its sessions are {@link CommissionSession} entities; the dataset checks that each
 * lies inside the commission's life. Rules: at least two parties
 * ({@code commission.parties.size}), all distinct ({@code commission.parties.distinct}).
 */
@Value.Immutable
public abstract sealed class Commission implements Entity, HasCooperationAreas, Named, WithCommission
    permits ImmutableCommission {
  Commission() {}

  @Override
  public abstract Ref<Commission> getId();

  @Size(min = 2, max = Limits.PARTIES, message = "{commission.parties.size}")
  @Distinct(message = "{commission.parties.distinct}")
  public abstract List<Party> getParties();

  /** The commission's life, from its establishment. */
  public abstract Optional<Period> getPeriod();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableCommission.Builder {
    Builder() {}
  }
}
