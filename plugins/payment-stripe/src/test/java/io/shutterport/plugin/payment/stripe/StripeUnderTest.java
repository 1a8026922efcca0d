package io.shutterport.plugin.payment.stripe;

import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.testkit.PaymentProviderUnderTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * The Stripe plugin against the Stripe stub (built from Stripe's published API), for the payment
 * contract tests: the customer authorises the card in the page, the stub counts intents and
 * captures, events are signed with the endpoint secret.
 */
final class StripeUnderTest implements PaymentProviderUnderTest {
  private static final String WEBHOOK_SECRET = "whsec_contract";
  private static StripeUnderTest shared;
  private final StripeStub stripe;

  private StripeUnderTest() throws IOException {
    stripe = new StripeStub(0);
  }

  /** One stub for every contract class of this plugin, stopped when the test JVM ends. */
  static synchronized StripeUnderTest shared() {
    if (shared == null) {
      try {
        shared = new StripeUnderTest();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(shared.stripe::close));
    }
    return shared;
  }

  @Override
  public PaymentProvider createProvider() {
    return new StripePaymentFactory()
        .create(
            new PluginContext("t1", Clock.systemUTC()),
            new PluginConfig(
                Map.of(
                    StripePaymentFactory.SECRET_KEY,
                    StripeStub.SECRET_KEY,
                    StripePaymentFactory.WEBHOOK_SECRETS,
                    WEBHOOK_SECRET,
                    StripePaymentFactory.BASE_URL,
                    stripe.baseUrl(),
                    StripePaymentFactory.PUBLISHABLE_KEY,
                    StripeStub.PUBLISHABLE_KEY)));
  }

  @Override
  public void customerPays(PaymentResult created) {
    stripe.authorise(created.providerPaymentId());
  }

  @Override
  public int paymentsAtProvider() {
    return stripe.intentsCreated.get();
  }

  @Override
  public int capturesAtProvider() {
    return stripe.captures.get();
  }

  @Override
  public String webhookEvent(PaymentResult payment) {
    return stripe.authorise(payment.providerPaymentId());
  }

  @Override
  public Map<String, String> signedHeaders(byte[] body) {
    long now = System.currentTimeMillis() / 1000;
    String signature =
        StripeStub.sign(WEBHOOK_SECRET, now, new String(body, StandardCharsets.UTF_8));
    return Map.of("stripe-signature", "t=" + now + ",v1=" + signature);
  }
}
