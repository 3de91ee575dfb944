import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a running attache service from a second process: a mix of reads and writes at 1, 8 and
 * 32 concurrent connections, reporting requests/s, p50 and p99 latency and errors per level.
 *
 * <pre>java examples/service/load/LoadDriver.java [BASE_URL] [SECONDS_PER_LEVEL] [LEVELS]</pre>
 *
 * <p>The mix, per request: 40 % an entity by id, 20 % postings in a country on a day, 15 %
 * agreements in force, 5 % a page of a kind, 15 % a new entity (PUT), 5 % a read-then-replace
 * with {@code If-Match} (PUT). A 409 of a replace that lost a race is a conflict, not an error;
 * an error is a status of 500 or more, any other unexpected status, or a failed connection.
 */
public final class LoadDriver {
  private static final Pattern ID = Pattern.compile("\"id\":\"([a-z-]+:[^\"]+)\"");
  private static final Pattern HOST = Pattern.compile("\"hostCountry\":\"([A-Z]{2})\"");
  private static final Pattern PARTIES = Pattern.compile("\"parties\":\\[\"([A-Z]{2})\",\"([A-Z]{2})\"");

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final List<String> ids = new ArrayList<>();
  private final List<String> hosts = new ArrayList<>();
  private final List<String[]> pairs = new ArrayList<>();
  private final AtomicLong written = new AtomicLong();

  private LoadDriver(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int[] levels = Arrays.stream((args.length > 2 ? args[2] : "1,8,32").split(","))
        .mapToInt(Integer::parseInt).toArray();
    LoadDriver driver = new LoadDriver(base);
    driver.sample();
    String total = driver.get("/entities?limit=1").body().replaceAll(".*\"total\":([0-9]+).*", "$1");
    System.out.printf("service %s holds %s entities; %d ids, %d hosts, %d party pairs sampled%n",
        base, total, driver.ids.size(), driver.hosts.size(), driver.pairs.size());
    driver.run(8, Math.min(10, seconds), false); // warm-up, not reported
    System.out.printf("%-12s %10s %10s %10s %10s %8s %10s%n", "connections", "requests",
        "req/s", "p50 ms", "p99 ms", "errors", "conflicts");
    for (int level : levels) {
      driver.run(level, seconds, true);
    }
  }

  /** Ids, hosts and party pairs to ask about, from pages spread over the store. */
  private void sample() throws Exception {
    for (String kind : List.of("organization", "person", "agreement", "attache-posting",
        "membership", "event", "project", "source")) {
      String first = get("/entities?kind=" + kind + "&limit=1").body();
      long count = Long.parseLong(first.replaceAll(".*\"total\":([0-9]+).*", "$1"));
      for (int page = 0; page < 4 && count > 0; page++) {
        long offset = ThreadLocalRandom.current().nextLong(Math.max(1, count - 250));
        String body = get("/entities?kind=" + kind + "&offset=" + offset + "&limit=250").body();
        collect(ID, body, ids);
        collect(HOST, body, hosts);
        Matcher parties = PARTIES.matcher(body);
        while (parties.find()) {
          pairs.add(new String[] {parties.group(1), parties.group(2)});
        }
      }
    }
    if (ids.isEmpty() || hosts.isEmpty() || pairs.isEmpty()) {
      throw new IllegalStateException("the service holds too little to drive: load data first");
    }
  }

  private static void collect(Pattern pattern, String text, List<String> into) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }

  private void run(int connections, int seconds, boolean report) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long[][] latencies = new long[connections][];
    int[] counts = new int[connections];
    AtomicLong errors = new AtomicLong();
    AtomicLong conflicts = new AtomicLong();
    Thread[] workers = new Thread[connections];
    for (int w = 0; w < connections; w++) {
      int worker = w;
      workers[w] = new Thread(() -> {
        long[] own = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          int outcome = request();
          long took = System.nanoTime() - start;
          if (n == own.length) {
            own = Arrays.copyOf(own, n * 2);
          }
          own[n++] = took;
          if (outcome < 0) {
            errors.incrementAndGet();
          } else if (outcome == 409) {
            conflicts.incrementAndGet();
          }
        }
        latencies[worker] = own;
        counts[worker] = n;
      });
      workers[w].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (!report) {
      return;
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int w = 0; w < connections; w++) {
      System.arraycopy(latencies[w], 0, all, at, counts[w]);
      at += counts[w];
    }
    Arrays.sort(all);
    System.out.printf("%-12d %10d %10.0f %10.2f %10.2f %8d %10d%n", connections, total,
        total / (double) seconds, all[total / 2] / 1e6, all[(int) (total * 0.99)] / 1e6,
        errors.get(), conflicts.get());
  }

  /** One request of the mix: its status, or -1 for an error. */
  private int request() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int dice = random.nextInt(100);
    try {
      HttpResponse<String> reply;
      int expected = 200;
      if (dice < 40) {
        reply = get("/entities/" + pick(ids));
        expected = reply.statusCode() == 404 ? 404 : 200; // deleted by someone: not an error
      } else if (dice < 60) {
        reply = get("/postings?host=" + pick(hosts) + "&date=" + day());
      } else if (dice < 75) {
        String[] pair = pick(pairs);
        reply = get("/agreements/in-force?a=" + pair[0] + "&b=" + pair[1] + "&date=" + day());
      } else if (dice < 80) {
        reply = get("/entities?kind=person&offset=" + random.nextInt(10_000) + "&limit=20");
      } else if (dice < 95) {
        String slug = "load-" + ProcessHandle.current().pid() + "-" + written.incrementAndGet();
        reply = put(slug, null);
        expected = 201;
      } else {
        String slug = "load-" + ProcessHandle.current().pid() + "-"
            + (1 + random.nextLong(Math.max(1, written.get())));
        HttpResponse<String> read = get("/entities/agreement:" + slug);
        if (read.statusCode() != 200) {
          return read.statusCode() == 404 ? 404 : -1; // not written yet
        }
        reply = put(slug, read.headers().firstValue("ETag").orElseThrow());
        if (reply.statusCode() == 409) {
          return 409;
        }
      }
      return reply.statusCode() == expected ? reply.statusCode() : -1;
    } catch (Exception e) {
      return -1;
    }
  }

  private String day() {
    return java.time.LocalDate.of(2000, 1, 1)
        .plusDays(ThreadLocalRandom.current().nextInt(26 * 365)).toString();
  }

  private static <T> T pick(List<T> list) {
    return list.get(ThreadLocalRandom.current().nextInt(list.size()));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> put(String slug, String ifMatch) throws Exception {
    String json = "{\"type\":\"agreement\",\"id\":\"agreement:" + slug + "\",\"title\":"
        + "{\"byLanguage\":{\"en\":\"Load " + slug + "\"}},\"kind\":\"MEMORANDUM\","
        + "\"parties\":[\"RU\",\"TM\"],\"status\":\"PROPOSED\",\"proposedOn\":\"2021-03-31\"}";
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create(base + "/entities/agreement:" + slug))
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
        .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
