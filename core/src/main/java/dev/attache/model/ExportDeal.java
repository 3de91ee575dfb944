package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Money;
import dev.attache.common.PartialDate;
import dev.attache.validation.NonNegative;
import dev.attache.validation.NoControlCharacters;
import dev.attache.validation.NonBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An export deal an attaché reports on: the posting that supported it, the exporter, the customer
 * (an organization or a whole state), what is sold, its value and stage. Rule: the value of a
 * contract is not negative ({@code value.negative}).
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the rule, validation does.
 */
@Value.Immutable
public abstract sealed class ExportDeal implements Entity, WithExportDeal
    permits ImmutableExportDeal {
  ExportDeal() {}

  @Override
  public abstract Ref<ExportDeal> getId();

  /**
   * The posting that supported the deal, if known.
   *
   * @return the reference to the posting, or empty if not known; not null
   */
  public abstract Optional<Ref<AttachePosting>> getPosting();

  /**
   * The company or organization that sells.
   *
   * @return the reference to the exporter, not null
   */
  public abstract Ref<Organization> getExporter();

  /**
   * Who buys: an organization, or a whole state.
   *
   * @return the customer, not null
   */
  public abstract Party getCustomer();

  /**
   * What sort of product or service is sold.
   *
   * @return the product category, not null
   */
  public abstract ProductCategory getProductCategory();

  /**
   * What is sold, in a few words.
   *
   * @return the description, non-blank, or empty if there is none; not null
   */
  public abstract Optional<@NonBlank @NoControlCharacters @Size(max = Limits.TEXT) String> getDescription();

  /**
   * The value of the contract, not negative ({@code value.negative}).
   *
   * @return the value, or empty if not known; not null
   */
  public abstract Optional<@NonNegative Money> getValue();

  /**
   * Where the deal stands.
   *
   * @return the stage, not null
   */
  public abstract DealStage getStage();

  /**
   * When the contract was signed, once it is.
   *
   * @return the signature date, or empty if it is not signed or the date is not known; not null
   */
  public abstract Optional<PartialDate> getSignedOn();

  @Override
  public List<Reference> references() {
    return References.of(this).one("posting", getPosting(), AttachePosting.class).one("exporter", getExporter(), Organization.class).party("customer", getCustomer()).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getSignedOn();
  }

  @Override
  public String label() {
    return "export deal of " + getExporter() + " with " + getCustomer();
  }

  @Override
  public Set<String> spellings() {
    return Set.of();
  }

  @Override
  public Set<CountryCode> countries() {
    return getCustomer().getState().map(Set::of).orElse(Set.of());
  }

  /**
   * Returns a new, empty builder of an export deal.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ExportDeal}: set at least the id, exporter, customer, product category and
   * stage, then call {@code build()}, which throws {@link
   * dev.attache.common.InvalidValueException} ({@code attributes.missing}) naming any of them left
   * unset. A {@code null} argument throws {@code NullPointerException}. The rule is not checked
   * here: validate the result with {@link dev.attache.validation.AttacheValidator}. A builder is
   * mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableExportDeal.Builder {
    Builder() {}

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the export deal, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(ExportDeal.class, id));
      return this;
    }

    /**
     * Sets the posting by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the attache posting, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder posting(String id) {
      posting(Ref.parse(AttachePosting.class, id));
      return this;
    }

    /**
     * Sets the exporter by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the organization, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder exporter(String id) {
      exporter(Ref.parse(Organization.class, id));
      return this;
    }

    /**
     * Sets the customer from its text: a country code ({@code "RU"}) for a state, an id
     * ({@code "org:undp"}) for an organization.
     *
     * @param text the party, not null
     * @return this builder
     * @throws InvalidValueException {@code country.unknown}, {@code id.malformed} or
     *     {@code id.kind}
     */
    public Builder customer(String text) {
      customer(Party.parse(text));
      return this;
    }

    /**
     * Sets the signed on to a day: {@code signedOn(LocalDate.of(2025, 10, 13))}.
     *
     * @param day the day, not null
     * @return this builder
     */
    public Builder signedOn(LocalDate day) {
      signedOn(PartialDate.of(day));
      return this;
    }

    /**
     * Sets the signed on from its text, known to the year, month or day: {@code
     * signedOn("2021-09")}.
     *
     * @param text the date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, not null
     * @return this builder
     * @throws InvalidValueException {@code date.malformed} or {@code date.invalid}
     */
    public Builder signedOn(String text) {
      signedOn(PartialDate.parse(text));
      return this;
    }
  }
}
