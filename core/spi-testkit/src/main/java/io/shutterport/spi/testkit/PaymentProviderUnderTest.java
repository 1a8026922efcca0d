package io.shutterport.spi.testkit;

import io.shutterport.spi.Money;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import java.util.Map;

/**
 * A payment provider as the payment contract tests drive it: the provider, and what stands for the
 * customer and for the provider's own books. A plugin writes one and returns it from each contract
 * class its provider must pass ({@link AbstractPaymentProviderContractTest}, and {@link
 * AbstractRefundsContractTest} or {@link AbstractWebhooksContractTest} for the abilities it has).
 */
public interface PaymentProviderUnderTest {
  /** A fresh provider (called before each test). */
  PaymentProvider createProvider();

  /** What the tests charge: an amount in a currency the provider supports. */
  default Money amount() {
    return Money.of(12_000, "JPY");
  }

  /**
   * The customer does their part so that the payment can be taken: enters the card in the page, or
   * transfers the money (offline providers: nothing to do, the operator confirms).
   */
  void customerPays(PaymentResult created);

  /** How many payments the provider has created so far, where it can be observed; else -1. */
  default int paymentsAtProvider() {
    return -1;
  }

  /** How many captures the provider has made so far, where it can be observed; else -1. */
  default int capturesAtProvider() {
    return -1;
  }

  /** For providers with webhooks: an event about the payment, as the provider sends it. */
  default String webhookEvent(PaymentResult payment) {
    throw new UnsupportedOperationException("no webhooks");
  }

  /** For providers with webhooks: the headers (lower-case names) that sign {@code body} now. */
  default Map<String, String> signedHeaders(byte[] body) {
    throw new UnsupportedOperationException("no webhooks");
  }
}
