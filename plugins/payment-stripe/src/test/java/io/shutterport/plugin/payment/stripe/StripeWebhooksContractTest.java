package io.shutterport.plugin.payment.stripe;

import io.shutterport.spi.testkit.AbstractWebhooksContractTest;
import io.shutterport.spi.testkit.PaymentProviderUnderTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Stripe plugin keeps the webhooks contract, against the Stripe stub. */
class StripeWebhooksContractTest extends AbstractWebhooksContractTest {
  private static StripeUnderTest stripe;

  @BeforeAll
  static void start() throws IOException {
    stripe = new StripeUnderTest();
  }

  @AfterAll
  static void stop() {
    stripe.close();
  }

  @Override
  protected PaymentProviderUnderTest subject() {
    return stripe;
  }
}
