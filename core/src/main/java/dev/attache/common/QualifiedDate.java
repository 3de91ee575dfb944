package dev.attache.common;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A partial date with how sure it is: {@code <=2025} for "before the end of 2025", {@code ~2019}
 * for a year deduced from context, {@code 2021-09} for a stated month.
 *
 * <p>Text form: the qualifier's symbol ({@link DateQualifier#getSymbol()}) followed by the date.
 */
@Value.Immutable
public abstract class QualifiedDate implements WithQualifiedDate {
  QualifiedDate() {}

  @Value.Parameter
  public abstract PartialDate getDate();

  @Value.Parameter
  public abstract DateQualifier getQualifier();

  /** A date as stated. */
  public static QualifiedDate of(PartialDate date) {
    return ImmutableQualifiedDate.create(date, DateQualifier.EXACT);
  }

  public static QualifiedDate of(PartialDate date, DateQualifier qualifier) {
    return ImmutableQualifiedDate.create(date, qualifier);
  }

  /** Parses {@code 2025}, {@code ~2019}, {@code >=2023-05}, {@code <=2025}. */
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
   */
  public LocalDate earliestPossible() {
    return getQualifier() == DateQualifier.NOT_LATER_THAN ? LocalDate.MIN : getDate().earliest();
  }

  /**
   * The last day the truth may be: the date's last day, or {@link LocalDate#MAX} when the truth is
   * only known to be {@code NOT_BEFORE} the date.
   */
  public LocalDate latestPossible() {
    return getQualifier() == DateQualifier.NOT_BEFORE ? LocalDate.MAX : getDate().latest();
  }

  /**
   * True if this date is certainly before {@code other}: the last day this one may be comes
   * before the first day the other may be. Qualifiers widen the spans, so {@code >=2019} is not
   * certainly before {@code 2021}.
   */
  public boolean isCertainlyBefore(QualifiedDate other) {
    return latestPossible().isBefore(other.earliestPossible());
  }

  public boolean isExact() {
    return getQualifier() == DateQualifier.EXACT;
  }

  @Override
  public String toString() {
    return getQualifier().getSymbol() + getDate();
  }
}
