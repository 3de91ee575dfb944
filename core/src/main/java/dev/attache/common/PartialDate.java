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
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {
  private static final long serialVersionUID = 1L;

  /** How much of a partial date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  private final int year;
  private final byte month; // 0 when unknown
  private final byte day; // 0 when unknown
  private transient String text; // the ISO form, made once

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = (byte) month;
    this.day = (byte) day;
  }

  /** A date known to the year. */
  public static PartialDate of(int year) {
    checkYear(year, String.valueOf(year));
    return new PartialDate(year, 0, 0);
  }

  /** A date known to the month. */
  public static PartialDate of(int year, int month) {
    String text = year + "-" + month;
    checkYear(year, text);
    checkMonth(month, text);
    return new PartialDate(year, month, 0);
  }

  /** A date known to the day. */
  public static PartialDate of(int year, int month, int day) {
    String text = year + "-" + month + "-" + day;
    checkYear(year, text);
    checkMonth(month, text);
    checkDay(year, month, day, text);
    return new PartialDate(year, month, day);
  }

  /** The date of a {@code LocalDate}, known to the day. */
  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** The date of a {@code YearMonth}, known to the month. */
  public static PartialDate of(YearMonth yearMonth) {
    return of(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: exactly four year digits, two
   * month digits, two day digits, nothing else.
   *
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

  public int getYear() {
    return year;
  }

  /** The month 1..12, if known. */
  public OptionalInt getMonth() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day of the month, if known. */
  public OptionalInt getDay() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  public Precision getPrecision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date may mean: 2019 → 2019-01-01, 2021-09 → 2021-09-01. */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day this date may mean: 2019 → 2019-12-31, 2021-09 → 2021-09-30. */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return Year.of(year).atMonth(12).atEndOfMonth();
  }

  /** True if the day may be meant by this date: 2025 contains 2025-06-01. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(earliest()) && !date.isAfter(latest());
  }

  /** True if every day this date may mean is before every day the other may mean. */
  public boolean isCertainlyBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /** True if every day this date may mean is after every day the other may mean. */
  public boolean isCertainlyAfter(PartialDate other) {
    return earliest().isAfter(other.latest());
  }

  /** This date known to a coarser precision; the same date if it is already as coarse. */
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

  /** The ISO 8601 form: {@code 2019}, {@code 2021-09}, {@code 2025-10-13}. */
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
  private Object readResolve() {
    return month == 0 ? of(year) : day == 0 ? of(year, month) : of(year, month, day);
  }
}
