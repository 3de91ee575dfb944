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
 * <p>Text form: ISO 8601 interval style, {@code start/end} with {@code ..} for an open side.
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
   * Parses {@code start/end}, each side a {@link PartialDate} or {@code ..} for open.
   *
   * @param text the text form, such as {@code 2019/2025} or {@code 2023/..}, not null
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
    return of(side(value.substring(0, slash)), side(value.substring(slash + 1)));
  }

  private static Optional<PartialDate> side(String text) {
    return text.equals("..") ? Optional.empty() : Optional.of(PartialDate.parse(text));
  }

  @Value.Check
  void check() {
    if (getStart().isPresent() && getEnd().isPresent()
        && getEnd().get().isCertainlyBefore(getStart().get())) {
      throw new InvalidValueException("period.order",
          "Invalid period '" + this + "': end '" + getEnd().get() + "' is before start '"
              + getStart().get() + "'");
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
   * ({@code 2019/2019}: the year may be a single day of it).
   *
   * @return the days, possibly {@link DayRange#isEmpty() empty}
   */
  public DayRange certainDays() {
    return new DayRange(getStart().map(PartialDate::latest).orElse(LocalDate.MIN),
        getEnd().map(PartialDate::earliest).orElse(LocalDate.MAX));
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
   * latest day the end may mean, an open side unbounded.
   *
   * @return the days, never empty (the end is never certainly before the start)
   */
  public DayRange possibleDays() {
    return new DayRange(getStart().map(PartialDate::earliest).orElse(LocalDate.MIN),
        getEnd().map(PartialDate::latest).orElse(LocalDate.MAX));
  }

  /**
   * True if some day may lie inside both periods: neither ends certainly before the other starts.
   *
   * @param other the other period, not null
   * @return true if the periods may overlap
   */
  public boolean possiblyOverlaps(DateRange other) {
    return getStart().map(s -> other.getEnd().map(e -> !e.isCertainlyBefore(s)).orElse(true))
            .orElse(true)
        && other.getStart().map(s -> getEnd().map(e -> !e.isCertainlyBefore(s)).orElse(true))
            .orElse(true);
  }

  /**
   * The text form: {@code 2019/2025}, {@code 2023/..}, {@code ../2025}.
   *
   * @return the text form, which {@link #parse} reads back
   */
  @Override
  public String toString() {
    return getStart().map(PartialDate::toString).orElse("..") + "/"
        + getEnd().map(PartialDate::toString).orElse("..");
  }
}
