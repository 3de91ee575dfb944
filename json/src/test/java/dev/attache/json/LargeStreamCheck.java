package dev.attache.json;

import dev.attache.model.Entity;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an NDJSON stream of the given size, made on the fly, and prints what it read and the
 * largest heap it saw. Run in a JVM with a small heap ({@code -Xmx32m}) to show that reading does
 * not grow with the stream: {@code java -Xmx32m -cp … dev.attache.json.LargeStreamCheck 300}.
 */
public final class LargeStreamCheck {
  private LargeStreamCheck() {}

  public static void main(String[] args) {
    long megabytes = Long.parseLong(args[0]);
    long target = megabytes << 20;
    byte[] lines = lines(Samples.all());
    InputStream stream = new InputStream() {
      long emitted;

      @Override
      public int read() {
        if (emitted >= target) {
          return -1;
        }
        return lines[(int) (emitted++ % lines.length)];
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (emitted >= target) {
          return -1;
        }
        int start = (int) (emitted % lines.length);
        int n = (int) Math.min(Math.min(length, lines.length - start), target - emitted);
        System.arraycopy(lines, start, buffer, offset, n);
        emitted += n;
        return n;
      }
    };
    long started = System.nanoTime();
    long maxUsed = 0;
    long entities = 0;
    long invalid = 0;
    Runtime runtime = Runtime.getRuntime();
    try (NdjsonReader reader = AttacheJson.strict().ndjsonReader(stream)) {
      while (reader.hasNext()) {
        NdjsonLine line = reader.next();
        if (line.entity().isPresent()) {
          entities++;
        } else {
          invalid++;
        }
        if ((entities & 0xFFF) == 0) {
          maxUsed = Math.max(maxUsed, runtime.totalMemory() - runtime.freeMemory());
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("megabytes=%d entities=%d invalid=%d seconds=%.1f mb_per_s=%.1f"
            + " max_heap_used_mb=%d max_heap_mb=%d%n", megabytes, entities, invalid, seconds,
        megabytes / seconds, maxUsed >> 20, runtime.maxMemory() >> 20);
  }

  /** The NDJSON lines of the entities, the last one cut in half so that every round has a bad line. */
  static byte[] lines(List<Entity> entities) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = AttacheJson.strict().ndjsonWriter(out)) {
      entities.forEach(writer::write);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    return (text + "{\"type\":\"person\",\"id\":\"person:broken\"\n").getBytes(StandardCharsets.UTF_8);
  }
}
