package dev.attache.spark;

import java.io.InputStream;
import java.util.Iterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import scala.Tuple2;

/**
 * The lines of one input split as an NDJSON stream, each ended by a newline, read as the
 * library's {@code NdjsonReader} reads a file: the reader's line numbers are then the lines'
 * ranks in the split, which the offsets of the earlier splits turn into the lines of the file.
 * Hadoop reuses its {@code Text}: each line's bytes are copied before the next is read.
 */
final class LinesOfSplit extends InputStream {
  private final Iterator<Tuple2<LongWritable, Text>> records;
  private byte[] line = new byte[0];
  private int length;
  private int at;
  private boolean newlinePending;
  private long count;

  LinesOfSplit(Iterator<Tuple2<LongWritable, Text>> records) {
    this.records = records;
  }

  /** How many lines were handed out so far. */
  long count() {
    return count;
  }

  private boolean fill() {
    while (at >= length && !newlinePending) {
      if (!records.hasNext()) {
        return false;
      }
      Text text = records.next()._2();
      if (line.length < text.getLength()) {
        line = new byte[Math.max(text.getLength(), line.length * 2)];
      }
      System.arraycopy(text.getBytes(), 0, line, 0, text.getLength());
      length = text.getLength();
      at = 0;
      newlinePending = true;
      count++;
    }
    return true;
  }

  @Override
  public int read() {
    if (!fill()) {
      return -1;
    }
    if (at < length) {
      return line[at++] & 0xff;
    }
    newlinePending = false;
    return '\n';
  }

  @Override
  public int read(byte[] buffer, int offset, int wanted) {
    if (wanted == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    if (at < length) {
      int n = Math.min(wanted, length - at);
      System.arraycopy(line, at, buffer, offset, n);
      at += n;
      return n;
    }
    newlinePending = false;
    buffer[offset] = '\n';
    return 1;
  }
}
