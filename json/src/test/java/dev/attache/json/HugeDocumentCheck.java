package dev.attache.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a document of the given size made on the fly, {@code {"format":"attache/1","entities":
 * [{},{},…]}}: millions of bad entities, each a problem. Run in a JVM with a small heap
 * ({@code -Xmx64m}) to show that a reader keeps a bounded number of problems whatever the input:
 * {@code java -Xmx64m -cp … dev.attache.json.HugeDocumentCheck 30}.
 */
public final class HugeDocumentCheck {
  private HugeDocumentCheck() {}

  public static void main(String[] args) {
    long megabytes = Long.parseLong(args[0]);
    DocumentResult kept = AttacheJson.strict().readDocument(document(megabytes));
    DocumentResult streamed = AttacheJson.lenient().readDocument(document(megabytes), e -> { });
    System.out.printf("problems=%d listed=%d invalid=%d complete=%s streamed_problems=%d%n",
        kept.problemCount(), kept.problems().size(), kept.invalidCount(), kept.complete(),
        streamed.problemCount());
  }

  private static InputStream document(long megabytes) {
    byte[] head = "{\"format\":\"attache/1\",\"entities\":[{}".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "]}".getBytes(StandardCharsets.US_ASCII);
    long body = (megabytes << 20) / 3;
    return new InputStream() {
      long position;

      @Override
      public int read() {
        long total = head.length + body * 3 + tail.length;
        if (position >= total) {
          return -1;
        }
        long at = position++;
        if (at < head.length) {
          return head[(int) at];
        }
        at -= head.length;
        if (at < body * 3) {
          return ",{}".charAt((int) (at % 3));
        }
        return tail[(int) (at - body * 3)];
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        int n = 0;
        while (n < length) {
          int b = read();
          if (b < 0) {
            return n == 0 ? -1 : n;
          }
          buffer[offset + n++] = (byte) b;
        }
        return n;
      }
    };
  }
}
