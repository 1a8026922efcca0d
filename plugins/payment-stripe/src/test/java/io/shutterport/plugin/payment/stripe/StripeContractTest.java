package io.shutterport.plugin.payment.stripe;

import io.shutterport.spi.payment.SupportsRefunds;
import io.shutterport.spi.payment.SupportsWebhooks;
import io.shutterport.spi.testkit.AbstractPaymentProviderContractTest;
import io.shutterport.spi.testkit.PaymentProviderUnderTest;
import java.util.Set;

/** The Stripe plugin keeps the payment contract, against the Stripe stub. */
class StripeContractTest extends AbstractPaymentProviderContractTest {
  @Override
  protected PaymentProviderUnderTest subject() {
    return StripeUnderTest.shared();
  }

  @Override
  protected Set<Class<?>> declaredAbilities() {
    return Set.of(SupportsRefunds.class, SupportsWebhooks.class);
  }
}
