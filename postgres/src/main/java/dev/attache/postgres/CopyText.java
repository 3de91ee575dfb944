package dev.attache.postgres;

import dev.attache.common.DayRange;
import dev.attache.model.Entity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * One row of PostgreSQL's {@code COPY … FROM STDIN} text format, field by field, in UTF-8: tabs
 * between fields, {@code \N} for null, and backslash escapes for what the format reserves. Arrays
 * and day ranges are written as their literals, then escaped like any other text.
 *
 * <p>The row is bytes from the start: the characters the format reserves are ASCII, which UTF-8
 * never uses inside a longer sequence, so escaping the encoded bytes is escaping the text, and no
 * character encoder runs over the stream afterwards.
 */
final class CopyText {
  private byte[] row = new byte[1024];
  private int length;
  private boolean first = true;
  /** The entity's JSON, written here before it is escaped into the row. */
  private final Json jsonBytes = new Json();

  /** Starts the next row, forgetting the last. */
  CopyText clear() {
    length = 0;
    first = true;
    return this;
  }

  /** Writes the row, ended by a newline, to {@code out}. */
  void writeTo(OutputStream out) throws IOException {
    room(1);
    row[length] = '\n'; // past the row's end: the row stays as it was
    out.write(row, 0, length + 1);
  }

  private void room(int more) {
    if (length + more > row.length) {
      row = Arrays.copyOf(row, Math.max(length + more, row.length * 2));
    }
  }

  private void put(byte b) {
    room(1);
    row[length++] = b;
  }

  private void next() {
    if (!first) {
      put((byte) '\t');
    }
    first = false;
  }

  CopyText nul() {
    next();
    room(2);
    row[length++] = '\\';
    row[length++] = 'N';
    return this;
  }

  CopyText text(String value) {
    if (value == null) {
      return nul();
    }
    next();
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    escape(utf8, utf8.length);
    return this;
  }

  CopyText number(long value) {
    next();
    ascii(Long.toString(value));
    return this;
  }

  CopyText bool(boolean value) {
    next();
    put((byte) (value ? 't' : 'f'));
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

  /** The entity's format-1 JSON ({@link Documents#write(Entity, OutputStream)}) as a field. */
  CopyText json(Entity entity) {
    jsonBytes.reset();
    Documents.write(entity, jsonBytes);
    next();
    escape(jsonBytes.bytes(), jsonBytes.size());
    return this;
  }

  /** A text known to be ASCII with nothing to escape (a number). */
  private void ascii(String value) {
    int size = value.length();
    room(size);
    for (int i = 0; i < size; i++) {
      row[length++] = (byte) value.charAt(i);
    }
  }

  /** Appends UTF-8 bytes with COPY's text escapes: the backslash, tab, newline and return. */
  private void escape(byte[] utf8, int size) {
    room(size);
    for (int i = 0; i < size; i++) {
      byte b = utf8[i];
      if (b == '\\' || b == '\t' || b == '\n' || b == '\r') {
        escapeByte(b);
      } else {
        row[length++] = b;
      }
    }
  }

  private void escapeByte(byte b) {
    room(2);
    row[length++] = '\\';
    row[length++] = switch (b) {
      case '\t' -> 't';
      case '\n' -> 'n';
      case '\r' -> 'r';
      default -> '\\';
    };
  }

  /** A byte buffer that lends its array, so that the JSON is escaped without a copy. */
  private static final class Json extends ByteArrayOutputStream {
    Json() {
      super(1024);
    }

    byte[] bytes() {
      return buf;
    }
  }
}
