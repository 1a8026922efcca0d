package io.shutterport.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A client of one tenant's API, as one user: it sends that tenant's Host header to loopback and
 * keeps the session cookie. Each client comes from an address of its own, as a proxy in front of
 * the servers would say ({@code X-Forwarded-For}; the servers trust loopback as a proxy), so that
 * limits per client address apply to it alone.
 */
final class Api {
  private final String host;
  private final HttpClient http;
  private final String address;

  private final String language;
  private final int port;

  Api(String host) {
    this(host, "en");
  }

  Api(String host, String language) {
    this(host, language, Env.PORT);
  }

  /** A client of a server on another port (the embedded-profile server). */
  Api(String host, String language, int port) {
    this(host, language, port, newClient(), newAddress());
  }

  private Api(String host, String language, int port, HttpClient http, String address) {
    this.host = host;
    this.language = language;
    this.port = port;
    this.http = http;
    this.address = address;
  }

  /**
   * A fresh address in 2001:db8::/32 (set aside for documentation; no traffic goes there), random
   * so that runs within the same hour — limits per client are kept in Redis — do not share one.
   */
  private static String newAddress() {
    var random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder address = new StringBuilder("2001:db8");
    for (int i = 0; i < 6; i++) {
      address.append(':').append(Integer.toHexString(random.nextInt(0x10000)));
    }
    return address.toString();
  }

  /** The address this client's requests come from, as the servers see it. */
  String address() {
    return address;
  }

  /** The same user (same cookies) talking to another node of the cluster. */
  Api onPort(int otherPort) {
    return new Api(host, language, otherPort, http, address);
  }

  /** The same user (same cookies, so the same session id) sending another Host header. */
  Api onHost(String otherHost) {
    return new Api(otherHost, language, port, http, address);
  }

  /** The same user asking for answers in another language. */
  Api withLanguage(String otherLanguage) {
    return new Api(host, otherLanguage, port, http, address);
  }

  /** A cookie this client holds, e.g. the session id; null when it has none. */
  String cookie(String name) {
    return http.cookieHandler()
        .filter(CookieManager.class::isInstance)
        .map(h -> ((CookieManager) h).getCookieStore().getCookies())
        .flatMap(all -> all.stream().filter(c -> c.getName().equals(name)).findFirst())
        .map(java.net.HttpCookie::getValue)
        .orElse(null);
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1) // h2c would send :authority, not our Host
        .cookieHandler(new LocalhostCookies())
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * Cookies kept as a browser keeps them for {@code *.localhost}: a secure context even over plain
   * HTTP, so a {@code Secure} cookie (the second production node sets them, as production behind
   * TLS does) is sent back over HTTP too — where the JDK's cookie store would drop it.
   */
  private static final class LocalhostCookies extends CookieManager {
    @Override
    public void put(java.net.URI uri, Map<String, java.util.List<String>> headers)
        throws IOException {
      Map<String, java.util.List<String>> kept = new java.util.HashMap<>(headers);
      headers.forEach(
          (name, values) -> {
            if (name != null && name.toLowerCase(java.util.Locale.ROOT).startsWith("set-cookie")) {
              kept.put(
                  name,
                  values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList());
            }
          });
      super.put(uri, kept);
    }
  }

  /** An answer: status, headers, body. */
  record Answer(int status, HttpResponse<byte[]> raw) {
    String text() {
      return new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    JsonObject json() {
      return (JsonObject) parse();
    }

    JsonArray array() {
      return (JsonArray) parse();
    }

    byte[] bytes() {
      return raw.body();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(text()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + text();
    }
  }

  /** A GET with one more request header (e.g. {@code Range}). */
  Answer get(String path, String header, String value) {
    return send(request(path).header(header, value).GET());
  }

  Answer get(String path) {
    return send(request(path).GET());
  }

  Answer post(String path, JsonValue body) {
    return postRaw(path, body.toString(), "application/json");
  }

  /** A POST carrying an {@code Idempotency-Key}. */
  Answer postWithKey(String path, JsonValue body, String key) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** A POST with one more header, e.g. the {@code Origin} a browser would send. */
  Answer postWithHeader(String path, JsonValue body, String header, String value) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  Answer postRaw(String path, String body, String type) {
    return send(
        request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Answer postBytes(String path, byte[] body, String type) {
    return send(
        request(path)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Answer putBytes(String path, byte[] body, String type) {
    return send(
        request(path)
            .header("Content-Type", type)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Answer put(String path, JsonValue body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  Answer delete(String path) {
    return send(request(path).DELETE());
  }

  Answer login(String email, String password) {
    return post("/api/v1/auth/login", obj(Map.of("email", email, "password", password)));
  }

  /** Signs up with the tests' password. */
  Answer register(String email, String displayName, String role) {
    return post(
        "/api/v1/auth/register",
        obj(
            Map.of(
                "email",
                email,
                "password",
                Env.PASSWORD,
                "displayName",
                displayName,
                "role",
                role)));
  }

  /** Requests a booking of a plan for a day {@code daysAhead} from today. */
  Answer book(String planId, int daysAhead) {
    return post(
        "/api/v1/bookings",
        obj(
            Map.of(
                "planId",
                planId,
                "date",
                java.time.LocalDate.now().plusDays(daysAhead).toString())));
  }

  /** The id of a photographer's first plan, from their public page. */
  String firstPlanOf(String photographerId) {
    return get("/api/v1/photographers/" + photographerId)
        .json()
        .getJsonObject("profile")
        .getJsonArray("plans")
        .getJsonObject(0)
        .getString("id");
  }

  static JsonObject obj(Map<String, ?> values) {
    var builder = Json.createObjectBuilder();
    values.forEach(
        (k, v) -> {
          if (v instanceof Number n) {
            builder.add(k, n.longValue());
          } else if (v instanceof Boolean b) {
            builder.add(k, b);
          } else if (v instanceof JsonValue j) {
            builder.add(k, j);
          } else if (v instanceof java.util.Collection<?> c) {
            builder.add(k, Json.createArrayBuilder(c));
          } else {
            builder.add(k, String.valueOf(v));
          }
        });
    return builder.build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Host", host)
        .header("Accept-Language", language)
        .header("X-Forwarded-For", address)
        .timeout(Duration.ofSeconds(60));
  }

  private Answer send(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
