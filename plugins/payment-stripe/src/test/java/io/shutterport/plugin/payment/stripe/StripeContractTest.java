package io.shutterport.plugin.payment.stripe;

import io.shutterport.spi.payment.SupportsRefunds;
import io.shutterport.spi.payment.SupportsWebhooks;
import io.shutterport.spi.testkit.AbstractPaymentProviderContractTest;
import io.shutterport.spi.testkit.PaymentProviderUnderTest;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Stripe plugin keeps the payment contract, against the Stripe stub. */
class StripeContractTest extends AbstractPaymentProviderContractTest {
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

  @Override
  protected Set<Class<?>> declaredAbilities() {
    return Set.of(SupportsRefunds.class, SupportsWebhooks.class);
  }
}
