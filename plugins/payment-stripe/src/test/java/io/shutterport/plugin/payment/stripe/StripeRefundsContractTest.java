package io.shutterport.plugin.payment.stripe;

import io.shutterport.spi.testkit.AbstractRefundsContractTest;
import io.shutterport.spi.testkit.PaymentProviderUnderTest;

/** The Stripe plugin keeps the refunds contract, against the Stripe stub. */
class StripeRefundsContractTest extends AbstractRefundsContractTest {
  @Override
  protected PaymentProviderUnderTest subject() {
    return StripeUnderTest.shared();
  }
}
