package dev.attache.spring.boot.testapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client over real HTTP on loopback, as a user's would be: bytes in, bytes out. */
public final class Http {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  /**
   * A client of the service on a port of 127.0.0.1.
   *
   * @param port the port
   */
  public Http(int port) {
    this.port = port;
  }

  /** A reply: status, content type, the body as text and as a tree. */
  public record Reply(int status, String contentType, String text) {
    /**
     * The body as a JSON tree.
     *
     * @return the tree
     */
    public JsonNode json() {
      return PLAIN.readTree(text);
    }
  }

  /**
   * POSTs a JSON body.
   *
   * @param path the path
   * @param body the body, as sent
   * @param headers more headers, name then value
   * @return the reply
   */
  public Reply post(String path, String body, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  /**
   * GETs a path.
   *
   * @param path the path, its query included
   * @param headers more headers, name then value
   * @return the reply
   */
  public Reply get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
