package io.shutterport.e2e;

import io.shutterport.plugin.payment.stripe.StripeStub;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Stripe's events delivered to a marketplace's webhook URL on the server under test. */
final class StripeWebhooks {
  private StripeWebhooks() {}

  /**
   * Posts an event to a tenant's webhook URL, signed with {@code secret} at {@code timestamp}; the
   * host names the server too ({@code paws.localhost:9380} is the embedded one).
   */
  static Api.Answer deliver(String host, String event, String secret, long timestamp) {
    return deliverRaw(
        host, event, "t=" + timestamp + ",v1=" + StripeStub.sign(secret, timestamp, event));
  }

  /** The payment-provider body that points a marketplace at the stub with these secrets. */
  static jakarta.json.JsonObject stripeProvider(StripeStub stripe, String webhookSecrets) {
    return jakarta.json.Json.createObjectBuilder()
        .add("pluginId", "payment-stripe")
        .add(
            "settings",
            jakarta.json.Json.createObjectBuilder()
                .add("secretKey", StripeStub.SECRET_KEY)
                .add("webhookSecrets", webhookSecrets)
                .add("publishableKey", StripeStub.PUBLISHABLE_KEY)
                .add("baseUrl", stripe.baseUrl())
                .add("scriptUrl", stripe.baseUrl() + "/v3/"))
        .build();
  }

  /** Puts the paws demo marketplace back on bank transfer, as the demo data has it. */
  static Api.Answer restorePawsInvoice(Api operator) {
    return operator.put(
        "/api/v1/operator/payment-provider",
        jakarta.json.Json.createObjectBuilder()
            .add("pluginId", "payment-invoice")
            .add(
                "settings",
                jakarta.json.Json.createObjectBuilder()
                    .add("bankDetails", "Paws Bank 001 Savings 7654321 (demo)"))
            .build());
  }

  static Api.Answer deliverRaw(String host, String body, String signature) {
    try {
      var builder =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://127.0.0.1:"
                          + host.substring(host.lastIndexOf(':') + 1)
                          + "/api/v1/webhooks/payment-stripe"))
              .header("Host", host)
              .header("Content-Type", "application/json; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (signature != null) {
        builder.header("Stripe-Signature", signature);
      }
      HttpResponse<byte[]> response =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Api.Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
