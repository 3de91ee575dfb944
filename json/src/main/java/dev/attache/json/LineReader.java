package dev.attache.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes with bounded memory: a line longer than the limit is skipped to its end
 * without being kept, and reported as too long. Lines end at {@code \n}; a {@code \r} before it is
 * dropped; the last line may lack its newline; a UTF-8 byte order mark at the very start is
 * skipped.
 */
final class LineReader {
  private final InputStream in;
  private final int maxLength;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int length;
  private boolean tooLong;
  private long number;
  private boolean first = true;
  private boolean eof;

  LineReader(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** Advances to the next line; false at the end of input. */
  boolean next() throws IOException {
    if (eof) {
      return false;
    }
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          if (!any) {
            return false;
          }
          break;
        }
        if (first) {
          first = false;
          if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
              && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
          }
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position);
      if (position < limit) {
        position++; // the newline
        break;
      }
    }
    number++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private void append(int from, int to) {
    int count = to - from;
    if (tooLong || count == 0) {
      return;
    }
    if (length + count > maxLength) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLength, Math.max(length + count, line.length * 2)));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }

  boolean isTooLong() {
    return tooLong;
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** True if the current line has nothing but spaces and tabs. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
