package io.shutterport.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP receiver for the end-to-end tests, run as its own process for the length of the
 * build (as s3proxy is): it accepts {@code POST /v1/traces}, {@code /v1/metrics} and {@code
 * /v1/logs} as the OpenTelemetry protocol defines them (protobuf bodies, gzip or not) and keeps
 * each body as a file under {@code <dir>/<signal>/}, where {@code TelemetryIT} reads them with
 * OTLP's own message types. A 200 with no body is the success answer.
 */
public final class OtlpReceiver {
  private OtlpReceiver() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    AtomicLong sequence = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    for (String signal : new String[] {"traces", "metrics", "logs"}) {
      Path folder = Files.createDirectories(dir.resolve(signal));
      server.createContext(
          "/v1/" + signal,
          exchange -> {
            try (exchange) {
              if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
              }
              InputStream body = exchange.getRequestBody();
              if ("gzip"
                  .equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
              }
              byte[] bytes = body.readAllBytes();
              Path file = folder.resolve(String.format("%012d.pb", sequence.incrementAndGet()));
              Files.write(file.resolveSibling(file.getFileName() + ".part"), bytes);
              Files.move(file.resolveSibling(file.getFileName() + ".part"), file);
              exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
              exchange.sendResponseHeaders(200, -1);
            }
          });
    }
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    System.out.println("OTLP receiver on port " + port);
  }
}
