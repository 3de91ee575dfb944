package dev.attache.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's {@code curl} examples of the service, run as printed against a fresh service: the
 * subset of curl they use ({@code -s -i -X -H -d -T}, {@code > file}) over Java's client. Each
 * answers 2xx, or the status its {@code # → NNN} comment announces.
 */
class ReadmeExamplesTest {
  static final Path README = Path.of("..", "..", "README.md");
  static final String MARKER = "<!-- service-examples";
  static final String ADDRESS = "http://127.0.0.1:8080";

  @TempDir
  Path files;

  /** One command line of the README, read. */
  record Curl(String line, String method, String url, List<String> headers, byte[] body,
      String output, int expected) {}

  static List<Curl> examples() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int at = 0;
    while (!lines.get(at).startsWith(MARKER)) {
      at++;
    }
    assertThat(lines.get(++at)).isEqualTo("```sh");
    List<Curl> curls = new ArrayList<>();
    int expected = 0;
    for (at++; !lines.get(at).equals("```"); at++) {
      String line = lines.get(at);
      if (line.startsWith("# →")) {
        expected = Integer.parseInt(line.substring(3).strip().substring(0, 3));
      } else if (line.startsWith("curl ")) {
        curls.add(parse(line, expected));
        expected = 0;
      } else {
        throw new AssertionError("not a curl command or a # → status comment: " + line);
      }
    }
    return curls;
  }

  /** A command of the subset, split as a shell splits it. */
  static Curl parse(String line, int expected) {
    List<String> words = words(line);
    String method = "GET";
    String url = null;
    String output = null;
    List<String> headers = new ArrayList<>();
    byte[] body = null;
    String upload = null;
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-s", "-i" -> { }
        case "-X" -> method = words.get(++i);
        case "-H" -> headers.add(words.get(++i));
        case "-d" -> body = words.get(++i).getBytes(StandardCharsets.UTF_8);
        case "-T" -> upload = words.get(++i);
        case ">" -> output = words.get(++i);
        default -> {
          assertThat(word).as("an option this test does not know, in: %s", line)
              .startsWith(ADDRESS);
          url = word;
        }
      }
    }
    assertThat(url).as(line).isNotNull();
    if (upload != null) {
      body = ("@" + upload).getBytes(StandardCharsets.UTF_8); // read when it runs
    }
    return new Curl(line, method, url, headers, body, output, expected);
  }

  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (c == ' ') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    assertThat((int) quote).as("an unclosed quote in: %s", line).isZero();
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void theCurlExamplesWorkAsPrinted() throws IOException {
    List<Curl> examples = examples();
    assertThat(examples).hasSizeGreaterThan(15);
    Path data = Path.of("target", "service-test-data", "readme-" + UUID.randomUUID());
    try (ConfigurableApplicationContext context = SpringApplication.run(
        ServiceApplication.class, "--server.port=0", "--server.address=127.0.0.1",
        "--attache.service.data-directory=" + data)) {
      Http http = RestartTest.http(context);
      for (Curl curl : examples) {
        byte[] body = curl.body();
        if (body != null && body.length > 0 && body[0] == '@') {
          body = Files.readAllBytes(files.resolve(new String(body, 1, body.length - 1,
              StandardCharsets.UTF_8)));
        }
        String[] headers = curl.headers().stream()
            .flatMap(h -> java.util.stream.Stream.of(h.substring(0, h.indexOf(':')).strip(),
                h.substring(h.indexOf(':') + 1).strip()))
            .toArray(String[]::new);
        String path = curl.url().substring(ADDRESS.length());
        Http.Reply reply = http.send(curl.method(), path, body, headers);
        if (curl.expected() != 0) {
          assertThat(reply.status()).as(curl.line() + "\n" + reply.text())
              .isEqualTo(curl.expected());
          LiveService.isProblem(reply, curl.expected());
        } else {
          assertThat(reply.status()).as(curl.line() + "\n" + reply.text()).isBetween(200, 299);
          // the questions printed have answers worth showing
          assertThat(reply.text()).as(curl.line()).isNotEqualTo("[]")
              .doesNotContain("\"agreements\":[]");
        }
        if (curl.output() != null) {
          Files.writeString(files.resolve(curl.output()), reply.text(), StandardCharsets.UTF_8);
        }
      }
    }
  }
}
