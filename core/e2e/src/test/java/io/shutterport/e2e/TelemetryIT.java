package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production nodes export traces and metrics by OTLP (as Datadog's agent or any OpenTelemetry
 * collector reads them) to the build's OTLP receiver ({@link OtlpReceiver}): a request's server
 * span with its route, a background job's span, the runtime's request metrics and the application's
 * own — job queue, job durations, mail backlog, search pools, incidents.
 */
class TelemetryIT {
  private static final Path OTLP = Path.of(System.getProperty("it.otlp.dir", "target/otlp"));

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void tracesAndMetricsReachAnOtlpReceiver() throws Exception {
    assertThat(new Api(Env.SAKURA).get("/api/v1/photographers?category=shichigosan").status())
        .isEqualTo(200);
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    var uploaded =
        photographer
            .api()
            .postBytes(
                "/api/v1/me/portfolio", Images.jpeg(320, 240, java.awt.Color.PINK), "image/jpeg");
    assertThat(uploaded.status()).isEqualTo(201);
    String incident;
    String marker = "telemetry-" + Long.toString(System.nanoTime(), 36);
    try (var planted = IncidentsIT.Planted.onUpdate("photographer_profile", "bio", marker)) {
      var failed =
          photographer
              .api()
              .put(
                  "/api/v1/me/profile",
                  Api.obj(
                      java.util.Map.of(
                          "displayName", "撮影者",
                          "bio", marker,
                          "prefecture", "kyoto",
                          "city", "京都市",
                          "languages", "ja")));
      assertThat(failed.status()).isEqualTo(500);
      incident = failed.json().getString("incident");
    }

    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    List<Span> spans = new ArrayList<>();
    Set<String> services = new HashSet<>();
    Set<String> metrics = new HashSet<>();
    String incidentTrace = "";
    while (Instant.now().isBefore(until)) {
      spans.clear();
      for (byte[] body : received("logs")) {
        for (var resource : ExportLogsServiceRequest.parseFrom(body).getResourceLogsList()) {
          for (var scope : resource.getScopeLogsList()) {
            for (var log : scope.getLogRecordsList()) {
              if (log.getBody().getStringValue().contains("Incident " + incident)) {
                incidentTrace = hex(log.getTraceId().toByteArray());
              }
            }
          }
        }
      }
      for (byte[] body : received("traces")) {
        for (var resource : ExportTraceServiceRequest.parseFrom(body).getResourceSpansList()) {
          services.add(attribute(resource.getResource().getAttributesList(), "service.name"));
          resource.getScopeSpansList().forEach(scope -> spans.addAll(scope.getSpansList()));
        }
      }
      for (byte[] body : received("metrics")) {
        for (var resource : ExportMetricsServiceRequest.parseFrom(body).getResourceMetricsList()) {
          resource
              .getScopeMetricsList()
              .forEach(scope -> scope.getMetricsList().forEach(m -> metrics.add(m.getName())));
        }
      }
      String trace = incidentTrace;
      if (searchSpan(spans)
          && jobSpan(spans)
          && metrics.containsAll(EXPECTED_METRICS)
          && spans.stream().anyMatch(sp -> hex(sp.getTraceId().toByteArray()).equals(trace))) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(services).contains("shutterport-it");
    assertThat(searchSpan(spans)).as("a server span of the search route").isTrue();
    assertThat(jobSpan(spans)).as("a span of the photo's derivatives job").isTrue();
    assertThat(spans)
        .as("the search's SQL read from the replica's pool, as a client span")
        .anyMatch(
            sp ->
                sp.getName().equals("sql read")
                    && sp.getKind() == Span.SpanKind.SPAN_KIND_CLIENT
                    && attribute(sp.getAttributesList(), "db.query.text").contains("FROM")
                    && sp.getAttributesList().stream()
                        .anyMatch(
                            a ->
                                a.getKey().equals("shutterport.db.replica")
                                    && a.getValue().getBoolValue()));
    assertThat(spans)
        .as("EclipseLink's statements, as client spans within requests or jobs")
        .anyMatch(sp -> sp.getName().equals("sql INSERT") && !sp.getParentSpanId().isEmpty())
        .anyMatch(sp -> sp.getName().equals("sql SELECT") && !sp.getParentSpanId().isEmpty());
    assertThat(spans)
        .as("a Redis command: the signal that the portfolio changed, to every node")
        .anyMatch(sp -> sp.getName().equals("redis PUBLISH"));
    assertThat(spans)
        .as("the upload's S3 write, a client span inside a traced request or job")
        .anyMatch(
            sp ->
                sp.getName().equals("plugin storage.put")
                    && attribute(sp.getAttributesList(), "shutterport.plugin.id")
                        .equals("storage-s3")
                    && !sp.getParentSpanId().isEmpty());
    assertThat(metrics).containsAll(EXPECTED_METRICS);
    for (String server : new String[] {"shutterport-it", "shutterport-it-node2"}) {
      Path log =
          Path.of("target", "liberty", "wlp", "usr", "servers", server, "logs", "messages.log");
      assertThat(new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8))
          .as("every gauge could be read on " + server)
          .doesNotContain("not read; will try again");
    }
    assertThat(incidentTrace)
        .as("the incident's log record carries the trace id of its request")
        .matches("[0-9a-f]{32}")
        .doesNotMatch("0+");
    String trace = incidentTrace;
    assertThat(spans)
        .as("and that trace is the failed request's server span")
        .anyMatch(
            sp ->
                hex(sp.getTraceId().toByteArray()).equals(trace)
                    && sp.getKind() == Span.SpanKind.SPAN_KIND_SERVER);
  }

  private static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }

  private static final List<String> EXPECTED_METRICS =
      List.of(
          "http.server.request.duration",
          "shutterport.jobs.pending",
          "shutterport.jobs.due.age",
          "shutterport.jobs.dead",
          "shutterport.jobs.duration",
          "shutterport.mail.outbox.backlog",
          "shutterport.search.pool.hits",
          "shutterport.search.pool.misses",
          "shutterport.incidents");

  private static boolean searchSpan(List<Span> spans) {
    return spans.stream()
        .anyMatch(
            s ->
                s.getKind() == Span.SpanKind.SPAN_KIND_SERVER
                    && attribute(s.getAttributesList(), "http.route").contains("photographers"));
  }

  private static boolean jobSpan(List<Span> spans) {
    return spans.stream()
        .anyMatch(
            s ->
                s.getName().equals("job gallery.derivatives")
                    && attribute(s.getAttributesList(), "shutterport.tenant").equals("sakura"));
  }

  private static String attribute(List<KeyValue> attributes, String key) {
    return attributes.stream()
        .filter(a -> a.getKey().equals(key))
        .map(a -> a.getValue().getStringValue())
        .findFirst()
        .orElse("");
  }

  /** Every body the receiver has kept for a signal so far. */
  private static List<byte[]> received(String signal) {
    Path folder = OTLP.resolve(signal);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<byte[]> bodies = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".pb")).sorted().toList()) {
        bodies.add(Files.readAllBytes(file));
      }
      return bodies;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
