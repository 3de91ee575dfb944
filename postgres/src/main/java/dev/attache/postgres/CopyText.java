package dev.attache.postgres;

import dev.attache.common.DayRange;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collection;

/**
 * One row of PostgreSQL's {@code COPY … FROM STDIN} text format, field by field: tabs between
 * fields, {@code \N} for null, and backslash escapes for what the format reserves. Arrays and day
 * ranges are written as their literals, then escaped like any other text.
 */
final class CopyText {
  private final StringBuilder row = new StringBuilder(1024);
  private boolean first = true;

  /** Starts the next row, forgetting the last. */
  CopyText clear() {
    row.setLength(0);
    first = true;
    return this;
  }

  /** Appends the row, ended by a newline, to {@code out}. */
  void appendTo(StringBuilder out) {
    out.append(row).append('\n');
  }

  private char[] chars = new char[1024];

  /** Writes the row, ended by a newline, to {@code out}, without making a string of it. */
  void writeTo(Writer out) throws IOException {
    int length = row.length();
    if (chars.length < length + 1) {
      chars = new char[Math.max(length + 1, chars.length * 2)];
    }
    row.getChars(0, length, chars, 0);
    chars[length] = '\n';
    out.write(chars, 0, length + 1);
  }

  private StringBuilder next() {
    if (!first) {
      row.append('\t');
    }
    first = false;
    return row;
  }

  CopyText nul() {
    next().append("\\N");
    return this;
  }

  CopyText text(String value) {
    if (value == null) {
      return nul();
    }
    escape(next(), value);
    return this;
  }

  CopyText number(long value) {
    next().append(value);
    return this;
  }

  CopyText bool(boolean value) {
    next().append(value ? 't' : 'f');
    return this;
  }

  CopyText date(LocalDate value) {
    return value == null ? nul() : text(value.toString());
  }

  /** A {@code daterange}: {@code [first,last]}, an open side empty, or {@code empty}. */
  CopyText range(DayRange days) {
    if (days == null) {
      return nul();
    }
    if (days.isEmpty()) {
      return text("empty");
    }
    return text((days.isOpenBefore() ? "(" : "[" + days.first()) + ","
        + (days.isOpenAfter() ? ")" : days.last() + "]"));
  }

  /** A {@code text[]}: each element quoted, {@code "} and {@code \} escaped inside. */
  CopyText array(Collection<String> values) {
    if (values == null) {
      return nul();
    }
    StringBuilder literal = new StringBuilder(values.size() * 16 + 2).append('{');
    boolean firstElement = true;
    for (String value : values) {
      if (!firstElement) {
        literal.append(',');
      }
      firstElement = false;
      literal.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\') {
          literal.append('\\');
        }
        literal.append(c);
      }
      literal.append('"');
    }
    return text(literal.append('}').toString());
  }

  /** COPY's text escapes: the backslash, and the characters that end a field or a row. */
  private static void escape(StringBuilder out, String value) {
    int first = 0;
    while (first < value.length() && !reserved(value.charAt(first))) {
      first++;
    }
    out.append(value, 0, first); // most texts have nothing to escape: copied at once
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }

  private static boolean reserved(char c) {
    return c == '\\' || c == '\t' || c == '\n' || c == '\r';
  }
}
