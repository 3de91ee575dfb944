package dev.attache.model;

import dev.attache.common.CountryCode;
import dev.attache.common.InvalidValueException;
import dev.attache.common.Limits;
import dev.attache.common.Names;
import dev.attache.common.PartialDate;
import dev.attache.common.DateRange;
import dev.attache.validation.Distinct;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An intergovernmental commission: the "Intergovernmental Russian-Turkmen Commission for Economic
 * Cooperation". Its sessions are {@link CommissionSession} entities; the dataset checks that each
 * lies inside the commission's life. Rules: at least two parties
 * ({@code commission.parties.size}), all distinct ({@code commission.parties.distinct}).
 *
 * <p>Instances are immutable and thread-safe. Make one with {@link #builder()}, and a changed copy
 * with the {@code with…} methods; building does not check the rules, validation does.
 */
@Value.Immutable
public abstract sealed class Commission implements Entity, HasCooperationAreas, Named, WithCommission
    permits ImmutableCommission {
  Commission() {}

  @Override
  public abstract Ref<Commission> getId();

  /**
   * The states or organizations the commission brings together: at least two
   * ({@code commission.parties.size}), all distinct ({@code commission.parties.distinct}).
   *
   * @return the parties, in the order given; unmodifiable, not null
   */
  @Size(min = 2, max = Limits.PARTIES, message = "{commission.parties.size}")
  @Distinct(message = "{commission.parties.distinct}")
  public abstract List<Party> getParties();

  /**
   * The commission's life, from its establishment.
   *
   * @return the period, or empty if not known; not null
   */
  public abstract Optional<DateRange> getPeriod();

  /**
   * How often the commission meets, as the sources state it.
   *
   * @return the rhythm of its sessions, or empty if not given; not null
   */
  public abstract Optional<Recurrence> getMeets();

  @Override
  public List<Reference> references() {
    return References.of(this).parties("parties", getParties()).list();
  }

  @Override
  public Optional<PartialDate> timelineDate() {
    return getPeriod().flatMap(DateRange::getStart);
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
    return Party.states(getParties());
  }

  /**
   * Returns a new, empty builder of a commission.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Commission}: set at least the id and names, then call {@code build()}, which
   * throws {@link dev.attache.common.InvalidValueException} ({@code attributes.missing}) naming
   * any of them left unset. A {@code null} argument throws {@code NullPointerException}. The rules
   * are not checked here: validate the result with {@link
   * dev.attache.validation.AttacheValidator}. A builder is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCommission.Builder {
    Builder() {}

    /**
     * Sets the names to one English name: {@code names("…")} for {@code names(Names.of("…"))}.
     *
     * @param englishName the name in English, not null
     * @return this builder
     * @throws InvalidValueException {@code names.blank} or {@code names.character} for a name
     *     that is blank or has a control character
     */
    public Builder names(String englishName) {
      names(Names.of(englishName));
      return this;
    }

    /**
     * Sets the id by the text of its id, {@code kind:slug}.
     *
     * @param id the id of the commission, not null
     * @return this builder
     * @throws InvalidValueException {@code id.malformed}, or {@code id.kind} if it is the id of
     *     another kind
     */
    public Builder id(String id) {
      id(Ref.parse(Commission.class, id));
      return this;
    }

    /**
     * Sets the period from its text: {@code period("2019/2025")}, {@code period("2021/..")}.
     *
     * @param text the range, {@code start/end} with {@code ..} for an open side, not null
     * @return this builder
     * @throws InvalidValueException {@code period.malformed} or {@code period.order}
     */
    public Builder period(String text) {
      period(DateRange.parse(text));
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
