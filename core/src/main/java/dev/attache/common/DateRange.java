package dev.attache.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span between two partial dates, either side open: {@code 2019/2025}, {@code 2023/..},
 * {@code ../2025}.
 *
 * <p>Invariant: the end is not before the start. With partial dates this means the last day the
 * end may mean is not before the first day the start may mean, so {@code 2019-05/2019} is a valid
 * period (it ends some time in 2019 after May) while {@code 2021/2019} is not.
 *
 * <p>Either side may carry a {@link DateQualifier} where the source gives no exact date: a
 * concept "for 2019–2025" whose start year is deduced is {@code ~2019/2025}; a programme that was
 * running by an article's date is {@code <=2025-10/..}. The qualifiers widen what the period may
 * contain ({@link #possibleDays()}) and narrow what it certainly contains ({@link #certainDays()}).
 *
 * <p>Text form: ISO 8601 interval style, {@code start/end} with {@code ..} for an open side, each
 * side in the text form of a {@link QualifiedDate} ({@code ~2019/<=2025}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class DateRange implements WithDateRange {
  DateRange() {}

  /**
   * The first date, if known.
   *
   * @return the start, or empty when it is not known
   */
  @Value.Parameter
  public abstract Optional<PartialDate> getStart();

  /**
   * The last date, if known; absent while the period is open-ended.
   *
   * @return the end, or empty when the period has not ended or its end is not known
   */
  @Value.Parameter
  public abstract Optional<PartialDate> getEnd();

  /**
   * How sure the start is: {@code NOT_LATER_THAN} for a period known to have begun by a date,
   * {@code APPROXIMATE} for a deduced one. {@code EXACT} when the start is stated or absent.
   *
   * @return the qualifier of the start, not null
   */
  @Value.Default
  public DateQualifier getStartQualifier() {
    return DateQualifier.EXACT;
  }

  /**
   * How sure the end is: {@code NOT_BEFORE} for a period known to run at least to a date,
   * {@code NOT_LATER_THAN} for one known to have ended by then. {@code EXACT} when the end is
   * stated or absent.
   *
   * @return the qualifier of the end, not null
   */
  @Value.Default
  public DateQualifier getEndQualifier() {
    return DateQualifier.EXACT;
  }

  /**
   * A period between two dates, either of them qualified.
   *
   * @param start the first date, or empty when it is not known; not null
   * @param end the last date, or empty when it is not known; not null
   * @return the period
   * @throws InvalidValueException {@code period.order} if the end is certainly before the start
   */
  public static DateRange between(Optional<QualifiedDate> start, Optional<QualifiedDate> end) {
    return ImmutableDateRange.builder()
        .start(start.map(QualifiedDate::getDate))
        .startQualifier(start.map(QualifiedDate::getQualifier).orElse(DateQualifier.EXACT))
        .end(end.map(QualifiedDate::getDate))
        .endQualifier(end.map(QualifiedDate::getQualifier).orElse(DateQualifier.EXACT))
        .build();
  }

  /**
   * The start with how sure it is.
   *
   * @return the qualified start, or empty when it is not known
   */
  public Optional<QualifiedDate> qualifiedStart() {
    return getStart().map(d -> QualifiedDate.of(d, getStartQualifier()));
  }

  /**
   * The end with how sure it is.
   *
   * @return the qualified end, or empty when it is not known
   */
  public Optional<QualifiedDate> qualifiedEnd() {
    return getEnd().map(d -> QualifiedDate.of(d, getEndQualifier()));
  }

  /**
   * A period from a start to an end.
   *
   * @param start the first date, not null
   * @param end the last date, not null
   * @return the period
   * @throws InvalidValueException {@code period.order} if the end is certainly before the start
   */
  public static DateRange of(PartialDate start, PartialDate end) {
    return ImmutableDateRange.create(Optional.of(start), Optional.of(end));
  }

  /**
   * A period with the sides that are known.
   *
   * @param start the first date, or empty when it is not known; not null
   * @param end the last date, or empty when it is not known; not null
   * @return the period
   * @throws InvalidValueException {@code period.order} if the end is certainly before the start
   */
  public static DateRange of(Optional<PartialDate> start, Optional<PartialDate> end) {
    return ImmutableDateRange.create(start, end);
  }

  /**
   * A period that has started and not (yet, or as far as is known) ended.
   *
   * @param start the first date, not null
   * @return the period {@code start/..}
   */
  public static DateRange startingAt(PartialDate start) {
    return ImmutableDateRange.create(Optional.of(start), Optional.empty());
  }

  /**
   * A period of which only the end is known.
   *
   * @param end the last date, not null
   * @return the period {@code ../end}
   */
  public static DateRange endingAt(PartialDate end) {
    return ImmutableDateRange.create(Optional.empty(), Optional.of(end));
  }

  /**
   * A period of one partial date: {@code 2023} from its first to its last day.
   *
   * @param date the date, both start and end, not null
   * @return the period {@code date/date}
   */
  public static DateRange on(PartialDate date) {
    return of(date, date);
  }

  /**
   * Parses {@code start/end}, each side a {@link QualifiedDate} ({@code 2019}, {@code ~2019},
   * {@code <=2025-10}) or {@code ..} for open.
   *
   * @param text the text form, such as {@code 2019/2025}, {@code ~2019/..} or {@code 2023/..}, not
   *     null
   * @return the period
   * @throws InvalidValueException {@code period.malformed}, a date's code, or {@code period.order}
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    int slash = value.indexOf('/');
    if (slash < 0 || value.indexOf('/', slash + 1) >= 0) {
      throw new InvalidValueException("period.malformed",
          "Invalid period " + InvalidValueException.quote(value)
              + ": expected start/end, with '..' for an open side");
    }
    return between(side(value.substring(0, slash)), side(value.substring(slash + 1)));
  }

  private static Optional<QualifiedDate> side(String text) {
    if (text.isEmpty()) { // "/2019": a side left empty, not a date that failed to parse
      throw new InvalidValueException("period.malformed", "Invalid period: a side is empty;"
          + " write '..' for an open side");
    }
    return text.equals("..") ? Optional.empty() : Optional.of(QualifiedDate.parse(text));
  }

  @Value.Check
  void check() {
    if (getStart().isEmpty() && getStartQualifier() != DateQualifier.EXACT
        || getEnd().isEmpty() && getEndQualifier() != DateQualifier.EXACT) {
      throw new InvalidValueException("period.qualifier",
          "Invalid period '" + this + "': an open side cannot be qualified");
    }
    if (getStart().isPresent() && getEnd().isPresent()
        && qualifiedEnd().get().isCertainlyBefore(qualifiedStart().get())) {
      throw new InvalidValueException("period.order",
          "Invalid period '" + this + "': end '" + qualifiedEnd().get() + "' is before start '"
              + qualifiedStart().get() + "'");
    }
  }

  /**
   * True if neither side is known.
   *
   * @return true for {@code ../..}
   */
  public boolean isUnbounded() {
    return getStart().isEmpty() && getEnd().isEmpty();
  }

  /**
   * True if the day certainly lies inside the period: on or after the <em>latest</em> day the
   * start may mean and on or before the <em>earliest</em> day the end may mean. An open side does
   * not limit. A period {@code 2023/..} certainly contains 2024-01-01 but not 2023-06-01.
   *
   * @param date the day, not null
   * @return true if the day is certainly inside
   */
  public boolean certainlyContains(LocalDate date) {
    return certainDays().contains(date);
  }

  /**
   * The days certainly inside the period: from the latest day the start may mean to the earliest
   * day the end may mean, an open side unbounded. Empty when nothing is certain
   * ({@code 2019/2019}: the year may be a single day of it). A start only known to be
   * {@code NOT_BEFORE} a date, or an end only known to be {@code NOT_LATER_THAN} one, may lie
   * anywhere on its far side, so the period certainly contains no day.
   *
   * @return the days, possibly {@link DayRange#isEmpty() empty}
   */
  public DayRange certainDays() {
    LocalDate first = getStart().isEmpty() ? LocalDate.MIN
        : getStartQualifier() == DateQualifier.NOT_BEFORE ? LocalDate.MAX
        : getStart().get().latest();
    LocalDate last = getEnd().isEmpty() ? LocalDate.MAX
        : getEndQualifier() == DateQualifier.NOT_LATER_THAN ? LocalDate.MIN
        : getEnd().get().earliest();
    return new DayRange(first, last);
  }

  /**
   * True if the day may lie inside the period: on or after the earliest day the start may mean and
   * on or before the latest day the end may mean. {@code 2023/..} possibly contains 2023-06-01.
   *
   * @param date the day, not null
   * @return true if the day may be inside
   */
  public boolean possiblyContains(LocalDate date) {
    return possibleDays().contains(date);
  }

  /**
   * The days that may lie inside the period: from the earliest day the start may mean to the
   * latest day the end may mean, an open side unbounded. A start {@code NOT_LATER_THAN} a date may
   * be any day before it, an end {@code NOT_BEFORE} a date any day after it.
   *
   * @return the days, never empty (the end is never certainly before the start)
   */
  public DayRange possibleDays() {
    return new DayRange(qualifiedStart().map(QualifiedDate::earliestPossible).orElse(LocalDate.MIN),
        qualifiedEnd().map(QualifiedDate::latestPossible).orElse(LocalDate.MAX));
  }

  /**
   * True if some day may lie inside both periods: neither ends certainly before the other starts.
   *
   * @param other the other period, not null
   * @return true if the periods may overlap
   */
  public boolean possiblyOverlaps(DateRange other) {
    return possibleDays().overlaps(other.possibleDays());
  }

  /**
   * The text form: {@code 2019/2025}, {@code 2023/..}, {@code ../2025}, {@code ~2019/<=2025}.
   *
   * @return the text form, which {@link #parse} reads back
   */
  @Override
  public String toString() {
    return qualifiedStart().map(QualifiedDate::toString).orElse("..") + "/"
        + qualifiedEnd().map(QualifiedDate::toString).orElse("..");
  }
}
