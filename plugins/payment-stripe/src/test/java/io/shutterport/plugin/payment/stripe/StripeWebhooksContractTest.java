package io.shutterport.plugin.payment.stripe;

import io.shutterport.spi.testkit.AbstractWebhooksContractTest;
import io.shutterport.spi.testkit.PaymentProviderUnderTest;

/** The Stripe plugin keeps the webhooks contract, against the Stripe stub. */
class StripeWebhooksContractTest extends AbstractWebhooksContractTest {
  @Override
  protected PaymentProviderUnderTest subject() {
    return StripeUnderTest.shared();
  }
}
