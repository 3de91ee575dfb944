package dev.attache.common;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A date known to the year ({@code 2019}), the month ({@code 2021-09}) or the day
 * ({@code 2025-10-13}): what a news article tells about when something happened.
 *
 * <p>Text form: ISO 8601 calendar date with reduced precision, both ways
 * ({@link #parse(CharSequence)} and {@link #toString()}). Years run from 1 to 9999.
 *
 * <p>Order: by year, then month, then day, where a date known to a coarser precision sorts
 * <em>before</em> every more precise date inside it: {@code 2019 < 2019-01 < 2019-01-01 < 2019-02}.
 * This is a total order consistent with {@link #equals}; for questions such as "certainly
 * before" use {@link #earliest()} and {@link #latest()}, the first and last day it may mean.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {
  private static final long serialVersionUID = 1L;

  /** How much of a partial date is known. */
  public enum Precision {
    /** Only the year is known: {@code 2019}, "in 2019". */
    YEAR,
    /** The year and the month are known: {@code 2021-09}, "in September 2021". */
    MONTH,
    /** The day is known: {@code 2025-10-13}, "on 13 October 2025". */
    DAY
  }

  /** The year, 1 to 9999. */
  private final int year;
  /** The month, 1 to 12, or 0 when only the year is known. */
  private final byte month; // 0 when unknown
  /** The day of the month, or 0 when it is not known. */
  private final byte day; // 0 when unknown
  private transient String text; // the ISO form, made once

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = (byte) month;
    this.day = (byte) day;
  }

  /**
   * A date known to the year.
   *
   * @param year the year, 1 to 9999
   * @return the date
   * @throws InvalidValueException {@code date.invalid} if the year is outside 1..9999
   */
  public static PartialDate of(int year) {
    checkYear(year, String.valueOf(year));
    return new PartialDate(year, 0, 0);
  }

  /**
   * A date known to the month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the date
   * @throws InvalidValueException {@code date.invalid} if the year or the month is out of range
   */
  public static PartialDate of(int year, int month) {
    String text = String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
    checkYear(year, text);
    checkMonth(month, text);
    return new PartialDate(year, month, 0);
  }

  /**
   * A date known to the day.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month, from 1 to the month's last day
   * @return the date
   * @throws InvalidValueException {@code date.invalid} if the year, the month or the day is out of
   *     range ({@code 2023-02-29})
   */
  public static PartialDate of(int year, int month, int day) {
    String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    checkYear(year, text);
    checkMonth(month, text);
    checkDay(year, month, day, text);
    return new PartialDate(year, month, day);
  }

  /**
   * The date of a {@code LocalDate}, known to the day.
   *
   * @param date the date, not null
   * @return the date, known to the day
   * @throws InvalidValueException {@code date.invalid} if the year is outside 1..9999
   */
  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * The date of a {@code YearMonth}, known to the month.
   *
   * @param yearMonth the month, not null
   * @return the date, known to the month
   * @throws InvalidValueException {@code date.invalid} if the year is outside 1..9999
   */
  public static PartialDate of(YearMonth yearMonth) {
    return of(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: exactly four year digits, two
   * month digits, two day digits, nothing else.
   *
   * @param text the text, not null
   * @return the date, known to the year, the month or the day as the text is
   * @throws InvalidValueException {@code date.malformed} for any other shape, {@code date.invalid}
   *     for a shape that names no date ({@code 2025-13}, {@code 2023-02-29})
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length != 4 && length != 7 && length != 10
        || length > 4 && text.charAt(4) != '-'
        || length > 7 && text.charAt(7) != '-') {
      throw malformed(text);
    }
    int year = digits(text, 0, 4);
    int month = length > 4 ? digits(text, 5, 7) : 0;
    int day = length > 7 ? digits(text, 8, 10) : 0;
    String quoted = text.toString();
    checkYear(year, quoted);
    if (length == 4) {
      return new PartialDate(year, 0, 0);
    }
    checkMonth(month, quoted);
    if (length == 7) {
      return new PartialDate(year, month, 0);
    }
    checkDay(year, month, day, quoted);
    return new PartialDate(year, month, day);
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw malformed(text);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static InvalidValueException malformed(CharSequence text) {
    return new InvalidValueException("date.malformed",
        "Invalid date " + InvalidValueException.quote(text)
            + ": expected YYYY, YYYY-MM or YYYY-MM-DD");
  }

  private static void checkYear(int year, String text) {
    if (year < 1 || year > 9999) {
      throw new InvalidValueException("date.invalid",
          "Invalid date " + InvalidValueException.quote(text) + ": year " + year
              + " is outside 1..9999");
    }
  }

  private static void checkMonth(int month, String text) {
    if (month < 1 || month > 12) {
      throw new InvalidValueException("date.invalid",
          "Invalid date " + InvalidValueException.quote(text) + ": month " + month
              + " is outside 1..12");
    }
  }

  private static void checkDay(int year, int month, int day, String text) {
    int last = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > last) {
      String why = month == 2 && day == 29
          ? "'" + year + "' is not a leap year"
          : Month.of(month) + " " + year + " has " + last + " days";
      throw new InvalidValueException("date.invalid",
          "Invalid date " + InvalidValueException.quote(text) + ": day " + day + " is invalid as "
              + why);
    }
  }

  /**
   * The year, which is always known.
   *
   * @return the year, 1 to 9999
   */
  public int getYear() {
    return year;
  }

  /**
   * The month 1..12, if known.
   *
   * @return the month, or empty when only the year is known
   */
  public OptionalInt getMonth() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * The day of the month, if known.
   *
   * @return the day, or empty when the date is known to the year or the month only
   */
  public OptionalInt getDay() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * How much of this date is known.
   *
   * @return {@code YEAR}, {@code MONTH} or {@code DAY}
   */
  public Precision getPrecision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * The first day this date may mean: 2019 → 2019-01-01, 2021-09 → 2021-09-01.
   *
   * @return the first day, the date itself when it is known to the day
   */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /**
   * The last day this date may mean: 2019 → 2019-12-31, 2021-09 → 2021-09-30.
   *
   * @return the last day, the date itself when it is known to the day
   */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return Year.of(year).atMonth(12).atEndOfMonth();
  }

  /**
   * True if the day may be meant by this date: 2025 contains 2025-06-01.
   *
   * @param date the day, not null
   * @return true if the day is from {@link #earliest()} to {@link #latest()}, both included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(earliest()) && !date.isAfter(latest());
  }

  /**
   * True if every day this date may mean is before every day the other may mean.
   *
   * @param other the other date, not null
   * @return true if this {@link #latest()} is before the other's {@link #earliest()}
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /**
   * True if every day this date may mean is after every day the other may mean.
   *
   * @param other the other date, not null
   * @return true if this {@link #earliest()} is after the other's {@link #latest()}
   */
  public boolean isCertainlyAfter(PartialDate other) {
    return earliest().isAfter(other.latest());
  }

  /**
   * This date known to a coarser precision; the same date if it is already as coarse.
   *
   * @param precision the precision to keep, not null
   * @return the date cut to the precision ({@code 2025-10-13} to {@code MONTH} is
   *     {@code 2025-10}), or this date
   */
  public PartialDate truncatedTo(Precision precision) {
    if (precision.compareTo(getPrecision()) >= 0) {
      return this;
    }
    return precision == Precision.YEAR ? new PartialDate(year, 0, 0)
        : new PartialDate(year, month, 0);
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    return c != 0 ? c : Integer.compare(day, other.day);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate that
        && year == that.year && month == that.month && day == that.day;
  }

  @Override
  public int hashCode() {
    return (year << 9) | (month << 5) | day;
  }

  /**
   * The ISO 8601 form: {@code 2019}, {@code 2021-09}, {@code 2025-10-13}.
   *
   * @return the text form, which {@link #parse} reads back
   */
  @Override
  public String toString() {
    String iso = text;
    if (iso == null) {
      iso = format();
      text = iso;
    }
    return iso;
  }

  private String format() {
    StringBuilder text = new StringBuilder(10);
    pad(text, year, 4);
    if (month != 0) {
      pad(text.append('-'), month, 2);
    }
    if (day != 0) {
      pad(text.append('-'), day, 2);
    }
    return text.toString();
  }

  private static void pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }

  // a serialized form is checked like any other input
  /**
   * Checks a deserialized date like any other input.
   *
   * @return a date equal to this one
   * @throws InvalidValueException {@code date.invalid} if the year, month or day is out of range
   */
  private Object readResolve() {
    return month == 0 ? of(year) : day == 0 ? of(year, month) : of(year, month, day);
  }
}
