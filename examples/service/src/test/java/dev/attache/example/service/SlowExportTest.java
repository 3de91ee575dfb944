package dev.attache.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An NDJSON export to a client slower than every time limit of the service: Spring's
 * asynchronous request timeout and Tomcat's connection timeout, both set short here. A slow
 * client that keeps reading gets the whole stream; one that reads nothing for longer than the
 * connection timeout is cut, and sees a stream cut short, not an ending; so does a client whose
 * export the database fails in the middle of.
 */
class SlowExportTest {
  static final Path DATA = Path.of("target", "service-test-data", "slow-" + UUID.randomUUID());
  /** About 9 MB of NDJSON: more than loopback's socket buffers hold, so the server must wait. */
  static final int COUNT = 30_000;
  static final long ASYNC_TIMEOUT_MS = 1_000;
  static final long CONNECTION_TIMEOUT_MS = 3_000;

  static ConfigurableApplicationContext service;
  static int port;

  @BeforeAll
  static void start() {
    service = SpringApplication.run(ServiceApplication.class, "--server.port=0",
        "--server.address=127.0.0.1", "--attache.service.data-directory=" + DATA,
        "--attache.service.load-reference=false",
        "--spring.mvc.async.request-timeout=" + ASYNC_TIMEOUT_MS + "ms",
        "--attache.service.max-exports=1",
        "--server.tomcat.connection-timeout=" + CONNECTION_TIMEOUT_MS + "ms");
    port = RestartTest.http(service).uri("/").getPort();
    ByteArrayOutputStream entities = new ByteArrayOutputStream();
    DatasetGenerator.of(GeneratorConfig.builder(11).count(COUNT).build())
        .writeNdjson(entities, 0, COUNT);
    Http.Reply imported = new Http(port).postNdjson("/entities", entities.toByteArray());
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.json().get("written").asLong()).isEqualTo(COUNT);
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  /** The reply to a GET of the whole stream, read as it is read. */
  record Export(String head, byte[] raw, long millis) {
    /** The body, its chunks joined; whether the last, empty chunk came. */
    Body body() {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      int at = 0;
      while (at < raw.length) {
        int end = indexOf(raw, "\r\n", at);
        if (end < 0) {
          break;
        }
        int size = Integer.parseInt(new String(raw, at, end - at, StandardCharsets.US_ASCII)
            .strip(), 16);
        if (size == 0) {
          return new Body(body.toString(StandardCharsets.UTF_8), true);
        }
        int from = end + 2;
        int to = Math.min(from + size, raw.length);
        body.write(raw, from, to - from);
        at = to + 2;
      }
      return new Body(body.toString(StandardCharsets.UTF_8), false);
    }
  }

  record Body(String text, boolean ended) {}

  /** Something the client does once, after its first read. */
  interface Then {
    void run() throws Exception;
  }

  /**
   * GETs every entity as NDJSON over a socket with a small receive buffer, reading
   * {@code bytesPerRead} at a time with a pause after each, and doing {@code then} once after the
   * first read.
   */
  static Export export(int bytesPerRead, long pauseMillis, Then then) throws Exception {
    long start = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.setReceiveBufferSize(16 * 1024);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /entities HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
          + "Accept: application/x-ndjson\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      byte[] buffer = new byte[bytesPerRead];
      boolean first = true;
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          received.write(buffer, 0, n);
          if (first) {
            first = false;
            then.run();
          }
          Thread.sleep(pauseMillis);
        }
      } catch (IOException e) {
        // a reset: the server closed a connection with data still to send; what came, came
      }
      byte[] all = received.toByteArray();
      int headEnd = indexOf(all, "\r\n\r\n", 0);
      assertThat(headEnd).isPositive();
      byte[] raw = Arrays.copyOfRange(all, headEnd + 4, all.length);
      return new Export(new String(all, 0, headEnd, StandardCharsets.US_ASCII), raw,
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  static int indexOf(byte[] bytes, String text, int from) {
    byte[] target = text.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = from; i <= bytes.length - target.length; i++) {
      for (int j = 0; j < target.length; j++) {
        if (bytes[i + j] != target[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void aSlowClientGetsTheWholeStream() throws Exception {
    // 16 KB every 10 ms at most: about 1.5 MB/s, some 6 s for the stream
    Export export = export(16 * 1024, 10, () -> { });
    assertThat(export.head()).startsWith("HTTP/1.1 200")
        .containsIgnoringCase("Content-Type: application/x-ndjson")
        .containsIgnoringCase("Transfer-Encoding: chunked");
    Body body = export.body();
    assertThat(body.ended()).as("the stream's last chunk").isTrue();
    assertThat(body.text().lines().count()).isEqualTo(COUNT);
    assertThat(body.text()).endsWith("}\n");
    assertThat(body.text().lines()).allMatch(line -> line.startsWith("{\"type\":"));
    // and it took longer than both limits together, or the test proves nothing
    assertThat(export.millis()).isGreaterThan(ASYNC_TIMEOUT_MS + CONNECTION_TIMEOUT_MS);
  }

  @Test
  void anExportBeyondTheLimitIsRefusedAndOtherRequestsGoOn() throws Exception {
    String id = DatasetGenerator.of(GeneratorConfig.builder(11).count(COUNT).build()).stream()
        .findFirst().orElseThrow().getId().toString();
    // no pause between reads: the export is held open while this client asks, after its first read
    Export export = export(16 * 1024, 0, () -> {
      // the one export allowed here is running, its connection held while its client reads
      Http.Reply second = new Http(port).get("/entities", "Accept", "application/x-ndjson");
      assertThat(second.status()).isEqualTo(503);
      assertThat(second.response().headers().firstValue("Retry-After")).hasValue("5");
      assertThat(second.text()).contains("export.busy", "attache.service.max-exports");
      assertThat(new Http(port).get("/entities/" + id).status()).isEqualTo(200);
    });
    assertThat(export.body().ended()).as("the first export's last chunk").isTrue();
    // once it is done, the next export runs
    assertThat(new Http(port).get("/entities", "Accept", "application/x-ndjson").status())
        .isEqualTo(200);
  }

  @Test
  void aClientThatTakesNothingForTheConnectionTimeoutIsCut() throws Exception {
    Export export = export(16 * 1024, 0, () -> Thread.sleep(3 * CONNECTION_TIMEOUT_MS));
    assertThat(export.head()).startsWith("HTTP/1.1 200");
    Body body = export.body();
    // cut short, and seen to be: no last chunk, fewer lines
    assertThat(body.ended()).as("the stream's last chunk").isFalse();
    assertThat(body.text().lines().count()).isLessThan(COUNT);
    // the service goes on, and gives the whole stream to the next client
    Http.Reply next = new Http(port).get("/entities", "Accept", "application/x-ndjson");
    assertThat(next.status()).isEqualTo(200);
    assertThat(next.text().lines().count()).isEqualTo(COUNT);
  }

  @Test
  void aDatabaseThatFailsMidStreamCutsTheStreamSeenToBeCut() throws Exception {
    DataSource database = service.getBean(DataSource.class);
    Export export = export(16 * 1024, 0, () -> {
      // the server waits on the client, its cursor's connection idle in its transaction
      Thread.sleep(500);
      try (Connection connection = database.getConnection();
          Statement statement = connection.createStatement();
          ResultSet killed = statement.executeQuery("select count(pg_terminate_backend(pid))"
              + " from pg_stat_activity where datname = current_database()"
              + " and pid <> pg_backend_pid() and state = 'idle in transaction'")) {
        assertThat(killed.next()).isTrue();
        assertThat(killed.getInt(1)).isEqualTo(1);
      }
    });
    assertThat(export.head()).startsWith("HTTP/1.1 200");
    Body body = export.body();
    assertThat(body.ended()).as("the stream's last chunk").isFalse();
    assertThat(body.text().lines().count()).isLessThan(COUNT);
    // nothing but entities: no problem written into the stream as if it were a line of it
    assertThat(body.text()).doesNotContain("\"problems\"", "\"status\":5", "timestamp");
    List<String> lines = body.text().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1))
        .allMatch(line -> line.startsWith("{\"type\":"));
    String last = lines.get(lines.size() - 1); // cut anywhere
    assertThat(last.startsWith("{\"type\":") || "{\"type\":".startsWith(last)).as(last).isTrue();
    // the pool lost a connection and made another
    Http.Reply next = new Http(port).get("/entities", "Accept", "application/x-ndjson");
    assertThat(next.status()).isEqualTo(200);
    assertThat(next.text().lines().count()).isEqualTo(COUNT);
  }
}
