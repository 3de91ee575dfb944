package dev.attache.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed range of days, {@code [first, last]}, the form in which the model's as-of questions
 * are answered: {@link dev.attache.model.Agreement#daysInForce()},
 * {@link dev.attache.model.AttachePosting#daysOn()}, {@link DateRange#possibleDays()}. A store that
 * keeps these ranges (a PostgreSQL {@code daterange}, say) answers the same questions as the model
 * by asking whether a range contains a day.
 *
 * <p>An open side is {@link LocalDate#MIN} or {@link LocalDate#MAX}, as
 * {@link QualifiedDate#earliestPossible()} and {@link QualifiedDate#latestPossible()} give it. A
 * range whose first day is after its last is empty: it contains no day. Immutable and
 * thread-safe.
 *
 * @param first the first day in the range, {@link LocalDate#MIN} if unbounded before
 * @param last the last day in the range, {@link LocalDate#MAX} if unbounded after
 */
public record DayRange(LocalDate first, LocalDate last) {
  /** Every day. */
  public static final DayRange ALL = new DayRange(LocalDate.MIN, LocalDate.MAX);

  /** No day. */
  public static final DayRange NONE = new DayRange(LocalDate.MAX, LocalDate.MIN);

  /**
   * Creates a range.
   *
   * @param first the first day, not null; {@link LocalDate#MIN} for no bound
   * @param last the last day, not null; {@link LocalDate#MAX} for no bound
   */
  public DayRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }

  /**
   * True if the day is in the range.
   *
   * @param day the day, not null
   * @return true if {@code first <= day <= last}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /**
   * True if the range contains no day.
   *
   * @return true if the first day is after the last
   */
  public boolean isEmpty() {
    return first.isAfter(last);
  }

  /**
   * True if some day is in both ranges.
   *
   * @param other the other range, not null
   * @return true if neither is empty and neither ends before the other begins
   */
  public boolean overlaps(DayRange other) {
    return !isEmpty() && !other.isEmpty() && !first.isAfter(other.last)
        && !other.first.isAfter(last);
  }

  /**
   * True if the range has no first day.
   *
   * @return true if {@link #first()} is {@link LocalDate#MIN}
   */
  public boolean isOpenBefore() {
    return first.equals(LocalDate.MIN);
  }

  /**
   * True if the range has no last day.
   *
   * @return true if {@link #last()} is {@link LocalDate#MAX}
   */
  public boolean isOpenAfter() {
    return last.equals(LocalDate.MAX);
  }

  /**
   * The range as text: {@code [2021-03-31, 2025-12-31]}, {@code [2021-03-31, ..]}, {@code []}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "[]";
    }
    return "[" + (isOpenBefore() ? ".." : first.toString()) + ", "
        + (isOpenAfter() ? ".." : last.toString()) + "]";
  }
}
