package io.shutterport.plugin.storage.s3;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * S3's archive storage classes, which no S3 endpoint that runs here implements (s3proxy keeps the
 * bytes of every class readable): a proxy in front of a real S3 endpoint that adds, from the
 * published S3 API, what Glacier Flexible Retrieval does. CopyObject with {@code
 * x-amz-storage-class: GLACIER | DEEP_ARCHIVE} archives the object; HeadObject then reports the
 * class and {@code x-amz-restore}; GetObject answers 403 {@code InvalidObjectState} until a
 * RestoreObject ({@code POST ?restore}) has completed (here after {@link #RESTORE_TIME}; a second
 * request meanwhile is 409 {@code RestoreAlreadyInProgress}); copying it to STANDARD makes it hot
 * again. Everything else goes to the real endpoint unchanged.
 */
final class GlacierFake implements AutoCloseable {
  static final Duration RESTORE_TIME = Duration.ofMillis(600);
  private static final Set<String> ARCHIVE = Set.of("GLACIER", "DEEP_ARCHIVE");
  private static final Set<String> NOT_FORWARDED =
      Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding");

  /** An archived object's state: restored from when, if asked. */
  private record Archived(String storageClass, Instant restoredAt) {}

  private final URI upstream;
  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, Archived> archived = new ConcurrentHashMap<>();

  GlacierFake(URI upstream) throws IOException {
    this.upstream = upstream;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try {
            handle(exchange);
          } catch (IOException | RuntimeException e) {
            e.printStackTrace(); // the test shows why the fake failed
            throw e;
          }
        });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      boolean object = path.indexOf('/', 1) > 0; // /bucket/key, not /bucket
      Archived state = archived.get(path);
      boolean cold = state != null && !restored(state);
      if (object && "POST".equals(method) && query != null && query.startsWith("restore")) {
        exchange.getRequestBody().readAllBytes();
        if (state == null) {
          error(exchange, 403, "InvalidObjectState");
        } else if (state.restoredAt() != null && cold) {
          error(exchange, 409, "RestoreAlreadyInProgress");
        } else {
          archived.put(path, new Archived(state.storageClass(), Instant.now().plus(RESTORE_TIME)));
          exchange.sendResponseHeaders(202, -1);
        }
        return;
      }
      if (object && "GET".equals(method) && cold) {
        error(exchange, 403, "InvalidObjectState");
        return;
      }
      String copySource = exchange.getRequestHeaders().getFirst("x-amz-copy-source");
      String storageClass = exchange.getRequestHeaders().getFirst("x-amz-storage-class");
      if ("PUT".equals(method)
          && copySource != null
          && storageClass != null
          && decoded(copySource).equals(decoded(path))) {
        changeClass(exchange, path, storageClass.toUpperCase(Locale.ROOT));
        return;
      }
      HttpResponse<byte[]> answer = forward(exchange, method, path, query);
      if (answer.statusCode() < 300 && object) {
        if ("PUT".equals(method)
            && copySource != null
            && storageClass != null
            && ARCHIVE.contains(storageClass.toUpperCase(Locale.ROOT))) {
          archived.put(path, new Archived(storageClass.toUpperCase(Locale.ROOT), null));
        } else if ("PUT".equals(method) || "DELETE".equals(method)) {
          archived.remove(path);
        }
      }
      answer
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      if ("HEAD".equals(method)) {
        answer
            .headers()
            .firstValue("content-length")
            .ifPresent(length -> exchange.getResponseHeaders().set("Content-Length", length));
        if (state != null && answer.statusCode() == 200) {
          exchange.getResponseHeaders().set("x-amz-storage-class", state.storageClass());
          if (state.restoredAt() != null) {
            exchange
                .getResponseHeaders()
                .set(
                    "x-amz-restore",
                    restored(state)
                        ? "ongoing-request=\"false\", expiry-date=\"Fri, 01 Jan 2100 00:00:00 GMT\""
                        : "ongoing-request=\"true\"");
          }
        }
        exchange.sendResponseHeaders(answer.statusCode(), -1);
        return;
      }
      byte[] body = answer.body();
      exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /**
   * A copy of an object onto itself that changes only its storage class: S3 allows it, s3proxy
   * (which keeps no classes) refuses a copy that changes nothing, so the fake answers it itself.
   */
  private void changeClass(HttpExchange exchange, String path, String storageClass)
      throws IOException {
    exchange.getRequestBody().readAllBytes();
    HttpResponse<byte[]> head = forward(exchange, "HEAD", path, null);
    if (head.statusCode() != 200) {
      error(exchange, 404, "NoSuchKey");
      return;
    }
    if (ARCHIVE.contains(storageClass)) {
      archived.put(path, new Archived(storageClass, null));
    } else {
      archived.remove(path);
    }
    byte[] xml =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CopyObjectResult><LastModified>"
                + Instant.now()
                + "</LastModified><ETag>"
                + head.headers().firstValue("etag").orElse("\"\"")
                + "</ETag></CopyObjectResult>")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().put("Content-Type", List.of("application/xml"));
    exchange.sendResponseHeaders(200, xml.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(xml);
    }
  }

  private static String decoded(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    int version = p.indexOf("?versionId=");
    return java.net.URLDecoder.decode(
        version < 0 ? p : p.substring(0, version), StandardCharsets.UTF_8);
  }

  private static boolean restored(Archived state) {
    return state.restoredAt() != null && !Instant.now().isBefore(state.restoredAt());
  }

  private HttpResponse<byte[]> forward(
      HttpExchange exchange, String method, String path, String query) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(upstream.resolve(path + (query == null ? "" : "?" + query)))
            .method(
                method,
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              if (!NOT_FORWARDED.contains(lower) && !lower.equals("x-amz-storage-class")) {
                values.forEach(v -> request.header(name, v));
              }
            });
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void error(HttpExchange exchange, int status, String code) throws IOException {
    byte[] xml =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"
                + code
                + "</Code><Message>"
                + code
                + "</Message><RequestId>fake</RequestId></Error>")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().put("Content-Type", List.of("application/xml"));
    exchange.sendResponseHeaders(status, xml.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(xml);
    }
  }
}
