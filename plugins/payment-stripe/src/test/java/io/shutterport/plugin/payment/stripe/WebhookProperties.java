package io.shutterport.plugin.payment.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.spi.payment.WebhookRejectedException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Webhook bodies and signature headers come from anyone on the internet. Whatever they are — and
 * even correctly signed — the plugin answers with events or refuses with {@link
 * WebhookRejectedException}, never an unchecked failure (deep nesting included). Tries per
 * property: {@code -Djqwik.tries.default=N}.
 */
class WebhookProperties {
  private static final long NOW = 1_800_000_000L;
  private static final String SECRET = "whsec_fuzz";
  private final StripePayment stripe =
      new StripePayment(
          URI.create("https://api.stripe.invalid"),
          "sk_test_fuzz",
          new WebhookVerifier(
              List.of(SECRET), Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)),
          new StripePayment.Browser(URI.create("https://js.stripe.invalid/v3/"), "pk_test_fuzz"));

  @Property
  void signedBodiesGiveEventsOrAClearRefusal(@ForAll("bodies") String body) {
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    String signature =
        "t=" + NOW + ",v1=" + HexFormat.of().formatHex(WebhookVerifier.sign(SECRET, NOW, raw));
    try {
      var events = stripe.parseWebhook(Map.of("stripe-signature", signature), raw);
      assertThat(events).allSatisfy(e -> assertThat(e.eventId()).isNotBlank());
    } catch (WebhookRejectedException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  @Property
  void anySignatureHeaderIsVerifiedOrRefused(@ForAll String header, @ForAll String body) {
    try {
      stripe.parseWebhook(
          Map.of("stripe-signature", header), body.getBytes(StandardCharsets.UTF_8));
      throw new AssertionError("an unsigned body was accepted: " + header);
    } catch (WebhookRejectedException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  /** Text; JSON-ish text; events of every shape; and deep nesting. */
  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(300);
    Arbitrary<String> jsonish =
        Arbitraries.strings().withChars("{}[]\":,0123456789.-+eEtrufalsn \\u").ofMaxLength(200);
    Arbitrary<String> events =
        Arbitraries.of(
                "payment_intent.succeeded", "payment_intent.canceled", "charge.refunded", "", "x")
            .flatMap(
                type ->
                    Arbitraries.strings()
                        .ofMaxLength(20)
                        .map(
                            id ->
                                "{\"id\":\""
                                    + id.replace("\"", "")
                                    + "\",\"type\":\""
                                    + type
                                    + "\",\"data\":{\"object\":{\"id\":\"pi_1\",\"status\":\""
                                    + id.replace("\"", "")
                                    + "\"}}}"));
    Arbitrary<String> shapes =
        Arbitraries.of(
            "{\"id\":\"evt\",\"type\":\"payment_intent.succeeded\"}",
            "{\"id\":\"evt\",\"type\":\"payment_intent.succeeded\",\"data\":1}",
            "{\"id\":\"evt\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":[]}}",
            "{\"id\":7,\"type\":null}",
            "[]",
            "\"text\"");
    Arbitrary<String> deep =
        Arbitraries.integers().between(1, 200_000).map(n -> "[".repeat(n) + "]".repeat(n));
    Arbitrary<String> deepObjects =
        Arbitraries.integers()
            .between(1, 100_000)
            .map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n));
    return Arbitraries.oneOf(any, jsonish, events, shapes, deep, deepObjects);
  }
}
