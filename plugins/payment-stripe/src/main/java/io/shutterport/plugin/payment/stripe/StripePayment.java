package io.shutterport.plugin.payment.stripe;

import io.shutterport.spi.Money;
import io.shutterport.spi.PluginException;
import io.shutterport.spi.payment.CancelRequest;
import io.shutterport.spi.payment.CaptureRequest;
import io.shutterport.spi.payment.CreatePaymentRequest;
import io.shutterport.spi.payment.EmbeddedCheckout;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.PaymentStatus;
import io.shutterport.spi.payment.SupportsEmbeddedCheckout;
import io.shutterport.spi.payment.SupportsRefunds;
import io.shutterport.spi.payment.SupportsWebhooks;
import io.shutterport.spi.payment.WebhookRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One tenant's Stripe account. Payments are PaymentIntents with {@code capture_method=manual}: the
 * customer authorises in the page (Stripe.js with the client secret), the host captures once it has
 * checked the booking is still payable, or cancels.
 */
final class StripePayment
    implements PaymentProvider, SupportsRefunds, SupportsWebhooks, SupportsEmbeddedCheckout {
  /** The script the page's form needs, read once from this plugin's jar. */
  private static final String PAGE_SCRIPT = pageScript();

  private final URI baseUrl;
  private final String secretKey;
  private final WebhookVerifier verifier;
  private final Browser browser;
  private final HttpClient http;

  /**
   * What the customer's browser gets: Stripe.js's address and the publishable key.
   *
   * @param scriptUrl Stripe.js
   * @param publishableKey the account's publishable key
   */
  record Browser(URI scriptUrl, String publishableKey) {}

  StripePayment(URI baseUrl, String secretKey, WebhookVerifier verifier, Browser browser) {
    this.baseUrl = baseUrl;
    this.secretKey = secretKey;
    this.verifier = verifier;
    this.browser = browser;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @Override
  public PaymentResult createPayment(CreatePaymentRequest request) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("amount", Long.toString(request.amount().minorUnits()));
    form.put("currency", request.amount().currency().toLowerCase(Locale.ROOT));
    form.put("capture_method", request.captureNow() ? "automatic" : "manual");
    form.put("automatic_payment_methods[enabled]", "true");
    form.put("description", request.description() == null ? "" : request.description());
    form.put("metadata[reference]", request.reference());
    return result(post("/v1/payment_intents", form, request.idempotencyKey()));
  }

  /**
   * Stripe's Payment Element: Stripe.js mounts it with the intent's client secret and confirms the
   * intent from the browser; the outcome reaches the host as a webhook.
   */
  @Override
  public EmbeddedCheckout embeddedCheckout() {
    return new EmbeddedCheckout(browser.scriptUrl(), browser.publishableKey(), PAGE_SCRIPT);
  }

  private static String pageScript() {
    try (InputStream in = StripePayment.class.getResourceAsStream("checkout.js")) {
      if (in == null) {
        throw new IllegalStateException("checkout.js missing from the plugin");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public PaymentResult capture(CaptureRequest request) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("amount_to_capture", Long.toString(request.amount().minorUnits()));
    return result(
        post(
            "/v1/payment_intents/" + id(request.providerPaymentId()) + "/capture",
            form,
            request.idempotencyKey()));
  }

  @Override
  public PaymentResult cancel(CancelRequest request) {
    return result(
        post(
            "/v1/payment_intents/" + id(request.providerPaymentId()) + "/cancel",
            Map.of(),
            request.idempotencyKey()));
  }

  @Override
  public PaymentResult refund(String idempotencyKey, String providerPaymentId, Money amount) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("payment_intent", id(providerPaymentId));
    form.put("amount", Long.toString(amount.minorUnits()));
    Map<String, Object> refund = post("/v1/refunds", form, idempotencyKey);
    String status = Json.string(refund, "status");
    if ("failed".equals(status) || "canceled".equals(status)) {
      throw new PluginException("refund " + status, false);
    }
    return new PaymentResult(
        providerPaymentId, PaymentStatus.CAPTURED, amount, null, null, null, null);
  }

  @Override
  public List<PaymentEvent> parseWebhook(Map<String, String> headers, byte[] rawBody) {
    verifier.verify(headers.get("stripe-signature"), rawBody);
    Map<String, Object> event;
    Map<String, Object> object;
    try {
      event = Json.object(new String(rawBody, StandardCharsets.UTF_8));
      object = Json.object(Json.object(event, "data"), "object");
    } catch (IllegalArgumentException e) {
      throw new WebhookRejectedException("body is not JSON");
    }
    String eventId = Json.string(event, "id");
    String type = Json.string(event, "type");
    if (eventId == null || eventId.isBlank()) {
      throw new WebhookRejectedException("event without an id"); // Stripe's events always have one
    }
    if (type == null || !type.startsWith("payment_intent.")) {
      return List.of(); // other events (charges, refunds) change nothing here
    }
    List<PaymentEvent> events = new ArrayList<>();
    events.add(
        new PaymentEvent(
            eventId, Json.string(object, "id"), status(Json.string(object, "status"))));
    return events;
  }

  private PaymentResult result(Map<String, Object> intent) {
    String currency = Json.string(intent, "currency");
    Money amount =
        currency == null
            ? null
            : Money.of(Json.number(intent, "amount"), currency.toUpperCase(Locale.ROOT));
    return new PaymentResult(
        Json.string(intent, "id"),
        status(Json.string(intent, "status")),
        amount,
        null,
        null,
        null,
        Json.string(intent, "client_secret"));
  }

  static PaymentStatus status(String stripeStatus) {
    if (stripeStatus == null) {
      return PaymentStatus.REQUIRES_ACTION;
    }
    return switch (stripeStatus) {
      case "requires_capture" -> PaymentStatus.AUTHORISED;
      case "succeeded" -> PaymentStatus.CAPTURED;
      case "canceled" -> PaymentStatus.CANCELLED;
      default ->
          PaymentStatus
              .REQUIRES_ACTION; // requires_payment_method, _confirmation, _action, processing
    };
  }

  private Map<String, Object> post(String path, Map<String, String> form, String idempotencyKey) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) -> {
          if (!body.isEmpty()) {
            body.append('&');
          }
          body.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    HttpRequest request =
        HttpRequest.newBuilder(baseUrl.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + secretKey)
            .header("Idempotency-Key", idempotencyKey)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new PluginException("Stripe unreachable", true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PluginException("interrupted", true, e);
    }
    Map<String, Object> json;
    try {
      json = Json.object(response.body());
    } catch (IllegalArgumentException e) {
      throw new PluginException("Stripe answered " + response.statusCode() + " without JSON", true);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return json;
    }
    Map<String, Object> error = Json.object(json, "error");
    String message =
        "Stripe " + status + " " + Json.string(error, "type") + ": " + Json.string(error, "code");
    throw new PluginException(message, status == 429 || status >= 500);
  }

  /** Stripe ids are letters, digits and underscores; anything else never reaches a URL. */
  private static String id(String providerPaymentId) {
    if (providerPaymentId == null || !providerPaymentId.matches("[A-Za-z0-9_]{1,255}")) {
      throw new PluginException("not a Stripe id", false);
    }
    return providerPaymentId;
  }
}
