package dev.attache.attache;

import dev.attache.common.Entity;
import dev.attache.common.Limits;
import dev.attache.common.Money;
import dev.attache.common.PartialDate;
import dev.attache.common.Party;
import dev.attache.common.Ref;
import dev.attache.party.Organization;
import dev.attache.validation.NonNegative;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An export deal an attaché reports on: the posting that supported it, the exporter, the customer
 * (an organization or a whole state), what is sold, its value and stage. Rule: the value of a
 * contract is not negative ({@code value.negative}).
 */
@Value.Immutable
public abstract sealed class ExportDeal implements Entity, WithExportDeal
    permits ImmutableExportDeal {
  ExportDeal() {}

  @Override
  public abstract Ref<ExportDeal> getId();

  /** The posting that supported the deal, if known. */
  public abstract Optional<Ref<AttachePosting>> getPosting();

  public abstract Ref<Organization> getExporter();

  public abstract Party getCustomer();

  public abstract ProductCategory getProductCategory();

  /** What is sold, in a few words. */
  public abstract Optional<@NonBlank @Size(max = Limits.TEXT) String> getDescription();

  public abstract Optional<@NonNegative Money> getValue();

  public abstract DealStage getStage();

  /** When the contract was signed, once it is. */
  public abstract Optional<PartialDate> getSignedOn();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableExportDeal.Builder {
    Builder() {}
  }
}
