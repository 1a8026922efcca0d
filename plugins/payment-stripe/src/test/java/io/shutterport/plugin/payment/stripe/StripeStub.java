package io.shutterport.plugin.payment.stripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for Stripe's API, which cannot be reached from here, written from Stripe's published
 * reference (shared as this module's test jar: the plugin's contract test and the end-to-end tests
 * both run against it): form-encoded POSTs with a Bearer secret key; {@code /v1/payment_intents}
 * (create, capture, cancel), {@code /v1/refunds}; {@code Idempotency-Key} replays the first answer
 * and refuses the same key with other parameters ({@code idempotency_error}); errors as {@code
 * {"error":{"type","code","message"}}}. It also plays the customer's card (authorising an intent)
 * and sends events signed like Stripe ({@code Stripe-Signature: t=…,v1=HMAC-SHA256(t.body)}).
 *
 * <p>For the browser it serves a stand-in for Stripe.js at {@code /v3/} and answers what Stripe.js
 * calls with the publishable key: {@code POST /v1/payment_intents/{id}/confirm} with the intent's
 * client secret and a test card (cross-origin, as Stripe's API allows). A confirmed intent's event
 * goes to the listener set with {@link #onEvent}, as Stripe posts it to a webhook endpoint.
 */
public final class StripeStub implements AutoCloseable {
  public static final String SECRET_KEY = "sk_test_shutterport";
  public static final String PUBLISHABLE_KEY = "pk_test_shutterport";
  private static final String DECLINED_CARD = "4000000000000002";
  private static final String GOOD_CARD = "4242424242424242";

  private final HttpServer server;
  private final Map<String, Map<String, Object>> intents = new HashMap<>();
  private final Map<String, String[]> idempotency = new HashMap<>();
  public final AtomicInteger intentsCreated = new AtomicInteger();
  public final AtomicInteger captures = new AtomicInteger();
  public final AtomicInteger refunds = new AtomicInteger();
  public final Map<String, Long> refunded = new HashMap<>();
  private volatile java.util.function.Consumer<String> events = event -> {};
  private final java.util.concurrent.ExecutorService sender =
      java.util.concurrent.Executors.newSingleThreadExecutor();

  /** A stub on {@code port} of loopback (0: any free port). */
  public StripeStub(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    server.createContext("/v1/", this::handle);
    server.createContext("/v3/", this::script);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    sender.shutdownNow();
  }

  /** Where events of intents confirmed in a browser go (as to a webhook endpoint). */
  public void onEvent(java.util.function.Consumer<String> listener) {
    this.events = listener;
  }

  /** The customer authorises the intent in the page; returns the event Stripe would send. */
  public synchronized String authorise(String intentId) {
    Map<String, Object> intent = intents.get(intentId);
    intent.put("status", "requires_capture");
    intent.put("amount_capturable", intent.get("amount"));
    return event("payment_intent.amount_capturable_updated", intent);
  }

  /** Stripe captured the intent (e.g. from its dashboard); returns the event. */
  public synchronized String succeed(String intentId) {
    Map<String, Object> intent = intents.get(intentId);
    intent.put("status", "succeeded");
    intent.put("amount_received", intent.get("amount"));
    return event("payment_intent.succeeded", intent);
  }

  public synchronized String status(String intentId) {
    return (String) intents.get(intentId).get("status");
  }

  /** The {@code v1} signature Stripe puts on an event: HMAC-SHA256 of {@code t.body}. */
  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String event(String type, Map<String, Object> intent) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", "evt_" + UUID.randomUUID().toString().replace("-", ""));
    event.put("object", "event");
    event.put("type", type);
    event.put("created", System.currentTimeMillis() / 1000);
    event.put("data", Map.of("object", intent));
    return json(event);
  }

  private void script(HttpExchange exchange) throws IOException {
    byte[] bytes;
    try (var in = StripeStub.class.getResourceAsStream("stripe-v3-standin.js")) {
      bytes = in.readAllBytes();
    }
    exchange.getResponseHeaders().add("Content-Type", "text/javascript; charset=utf-8");
    exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
    if (exchange.getRequestMethod().equals("OPTIONS")) {
      exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "POST");
      exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type");
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      return;
    }
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String[] answer;
    synchronized (this) {
      answer = answer(exchange, body);
    }
    byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
    if (answer.length > 2) {
      String event = answer[2];
      java.util.function.Consumer<String> listener = events;
      sender.execute(() -> listener.accept(event)); // after the answer, as Stripe does
    }
  }

  /** Stripe.js confirming an intent with the publishable key, the client secret and a card. */
  private String[] confirm(String intentId, Map<String, String> form) {
    Map<String, Object> intent = intents.get(intentId);
    if (!PUBLISHABLE_KEY.equals(form.get("key"))) {
      return error(401, "invalid_request_error", "api_key_invalid", "Invalid API Key provided");
    }
    if (intent == null || !intent.get("client_secret").equals(form.get("client_secret"))) {
      return error(404, "invalid_request_error", "resource_missing", "No such payment_intent");
    }
    if (!"requires_payment_method".equals(intent.get("status"))) {
      return error(400, "invalid_request_error", "payment_intent_unexpected_state", "state");
    }
    String card = form.getOrDefault("payment_method_data[card][number]", "");
    if (card.equals(DECLINED_CARD)) {
      return error(402, "card_error", "card_declined", "Your card was declined.");
    }
    if (!card.equals(GOOD_CARD)) {
      return error(402, "card_error", "incorrect_number", "Your card number is incorrect.");
    }
    boolean manual = "manual".equals(intent.get("capture_method"));
    String event =
        manual ? authorise(intentId) : succeed(intentId); // an automatic intent is captured at once
    String[] ok = ok(intent);
    return new String[] {ok[0], ok[1], event};
  }

  private String[] answer(HttpExchange exchange, String body) {
    String[] parts = exchange.getRequestURI().getPath().split("/");
    if (exchange.getRequestMethod().equals("POST")
        && parts.length == 5
        && parts[2].equals("payment_intents")
        && parts[4].equals("confirm")) {
      return confirm(parts[3], form(body));
    }
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!("Bearer " + SECRET_KEY).equals(auth)) {
      return error(401, "invalid_request_error", "api_key_invalid", "Invalid API Key provided");
    }
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    String fingerprint = digest(method + " " + path + "\n" + body);
    if (key != null && idempotency.containsKey(key)) {
      String[] stored = idempotency.get(key);
      if (!stored[0].equals(fingerprint)) {
        return error(
            400,
            "idempotency_error",
            "idempotency_key_in_use",
            "Keys for idempotent requests can only be used with the same parameters");
      }
      return new String[] {stored[1], stored[2]};
    }
    String[] result = route(method, path, form(body));
    if (key != null && !result[0].startsWith("5")) {
      idempotency.put(key, new String[] {fingerprint, result[0], result[1]});
    }
    return result;
  }

  private String[] route(String method, String path, Map<String, String> form) {
    String[] parts = path.split("/");
    if (method.equals("POST") && path.equals("/v1/payment_intents")) {
      long amount = Long.parseLong(form.getOrDefault("amount", "0"));
      if (amount < 1) {
        return error(400, "invalid_request_error", "parameter_invalid_integer", "amount");
      }
      String id = "pi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
      Map<String, Object> intent = new LinkedHashMap<>();
      intent.put("id", id);
      intent.put("object", "payment_intent");
      intent.put("amount", amount);
      intent.put("amount_capturable", 0L);
      intent.put("amount_received", 0L);
      intent.put("capture_method", form.getOrDefault("capture_method", "automatic"));
      intent.put("client_secret", id + "_secret_" + UUID.randomUUID().toString().substring(0, 12));
      intent.put("currency", form.get("currency"));
      intent.put("status", "requires_payment_method");
      intents.put(id, intent);
      intentsCreated.incrementAndGet();
      return ok(intent);
    }
    if (method.equals("POST") && parts.length == 5 && parts[2].equals("payment_intents")) {
      Map<String, Object> intent = intents.get(parts[3]);
      if (intent == null) {
        return error(404, "invalid_request_error", "resource_missing", "No such payment_intent");
      }
      if (parts[4].equals("capture")) {
        if (!"requires_capture".equals(intent.get("status"))) {
          return error(400, "invalid_request_error", "payment_intent_unexpected_state", "state");
        }
        intent.put("status", "succeeded");
        intent.put(
            "amount_received",
            Long.parseLong(
                form.getOrDefault("amount_to_capture", intent.get("amount").toString())));
        captures.incrementAndGet();
        return ok(intent);
      }
      if (parts[4].equals("cancel")) {
        if ("succeeded".equals(intent.get("status"))) {
          return error(400, "invalid_request_error", "payment_intent_unexpected_state", "state");
        }
        intent.put("status", "canceled");
        return ok(intent);
      }
    }
    if (method.equals("POST") && path.equals("/v1/refunds")) {
      Map<String, Object> intent = intents.get(form.get("payment_intent"));
      long amount = Long.parseLong(form.getOrDefault("amount", "0"));
      if (intent == null || !"succeeded".equals(intent.get("status"))) {
        return error(400, "invalid_request_error", "charge_not_refundable", "not captured");
      }
      long already = refunded.getOrDefault(intent.get("id").toString(), 0L);
      if (amount < 1 || already + amount > (Long) intent.get("amount_received")) {
        return error(400, "invalid_request_error", "amount_too_large", "refund too large");
      }
      refunded.put(intent.get("id").toString(), already + amount);
      refunds.incrementAndGet();
      Map<String, Object> refund = new LinkedHashMap<>();
      refund.put("id", "re_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24));
      refund.put("object", "refund");
      refund.put("amount", amount);
      refund.put("payment_intent", intent.get("id"));
      refund.put("status", "succeeded");
      return ok(refund);
    }
    return error(404, "invalid_request_error", "resource_missing", "Unrecognized request URL");
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      if (!pair.isEmpty()) {
        String[] kv = pair.split("=", 2);
        form.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
    }
    return form;
  }

  /** JSON of strings, longs and nested maps, as Stripe writes it. */
  @SuppressWarnings("unchecked")
  private static String json(Map<String, Object> map) {
    StringBuilder out = new StringBuilder("{");
    map.forEach(
        (k, v) -> {
          if (out.length() > 1) {
            out.append(',');
          }
          out.append(quote(k)).append(':');
          if (v instanceof Long n) {
            out.append(n);
          } else if (v instanceof Map<?, ?> nested) {
            out.append(json((Map<String, Object>) nested));
          } else {
            out.append(quote(String.valueOf(v)));
          }
        });
    return out.append('}').toString();
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String[] ok(Map<String, Object> object) {
    return new String[] {"200", json(object)};
  }

  private static String[] error(int status, String type, String code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type);
    error.put("code", code);
    error.put("message", message);
    return new String[] {String.valueOf(status), json(Map.of("error", error))};
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
