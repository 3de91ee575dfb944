package dev.attache.common;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A partial date with how sure it is: {@code <=2025} for "before the end of 2025", {@code ~2019}
 * for a year deduced from context, {@code 2021-09} for a stated month.
 *
 * <p>Text form: the qualifier's symbol ({@link DateQualifier#getSymbol()}) followed by the date.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class QualifiedDate implements WithQualifiedDate {
  QualifiedDate() {}

  /**
   * The date, as the source gives it.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract PartialDate getDate();

  /**
   * How sure the date is.
   *
   * @return the qualifier, {@code EXACT} for a stated date
   */
  @Value.Parameter
  public abstract DateQualifier getQualifier();

  /**
   * A date as stated.
   *
   * @param date the date, not null
   * @return the date, qualified {@link DateQualifier#EXACT}
   */
  public static QualifiedDate of(PartialDate date) {
    return ImmutableQualifiedDate.create(date, DateQualifier.EXACT);
  }

  /**
   * A date with how sure it is.
   *
   * @param date the date, not null
   * @param qualifier how sure the date is, not null
   * @return the qualified date
   */
  public static QualifiedDate of(PartialDate date, DateQualifier qualifier) {
    return ImmutableQualifiedDate.create(date, qualifier);
  }

  /**
   * Parses {@code 2025}, {@code ~2019}, {@code >=2023-05}, {@code <=2025}.
   *
   * @param text the text form: an optional symbol and a {@link PartialDate}, not null
   * @return the qualified date
   * @throws InvalidValueException {@code date.malformed} or {@code date.invalid} as
   *     {@link PartialDate#parse}, for the text after the symbol
   */
  public static QualifiedDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    for (DateQualifier qualifier : new DateQualifier[] {
        DateQualifier.NOT_BEFORE, DateQualifier.NOT_LATER_THAN, DateQualifier.APPROXIMATE}) {
      if (value.startsWith(qualifier.getSymbol())) {
        return of(PartialDate.parse(value.substring(qualifier.getSymbol().length())), qualifier);
      }
    }
    return of(PartialDate.parse(value));
  }

  /**
   * The first day the truth may be: the date's first day, or {@link LocalDate#MIN} when the truth
   * is only known to be {@code NOT_LATER_THAN} the date. An {@code APPROXIMATE} date is taken as
   * the span it names.
   *
   * @return the first possible day
   */
  public LocalDate earliestPossible() {
    return getQualifier() == DateQualifier.NOT_LATER_THAN ? LocalDate.MIN : getDate().earliest();
  }

  /**
   * The last day the truth may be: the date's last day, or {@link LocalDate#MAX} when the truth is
   * only known to be {@code NOT_BEFORE} the date.
   *
   * @return the last possible day
   */
  public LocalDate latestPossible() {
    return getQualifier() == DateQualifier.NOT_BEFORE ? LocalDate.MAX : getDate().latest();
  }

  /**
   * True if this date is certainly before {@code other}: the last day this one may be comes
   * before the first day the other may be. Qualifiers widen the spans, so {@code >=2019} is not
   * certainly before {@code 2021}.
   *
   * @param other the other date, not null
   * @return true if this date is certainly before the other
   */
  public boolean isCertainlyBefore(QualifiedDate other) {
    return latestPossible().isBefore(other.earliestPossible());
  }

  /**
   * True if the date is stated, not qualified.
   *
   * @return true if the qualifier is {@link DateQualifier#EXACT}
   */
  public boolean isExact() {
    return getQualifier() == DateQualifier.EXACT;
  }

  /**
   * The text form, which {@link #parse} reads back.
   *
   * @return the qualifier's symbol and the date: {@code ~2019}, {@code 2021-09}
   */
  @Override
  public String toString() {
    return getQualifier().getSymbol() + getDate();
  }
}
