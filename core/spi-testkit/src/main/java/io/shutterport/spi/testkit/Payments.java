package io.shutterport.spi.testkit;

import io.shutterport.spi.payment.CaptureRequest;
import io.shutterport.spi.payment.CreatePaymentRequest;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.SupportsManualConfirmation;
import java.util.UUID;

/** Steps the payment contract classes share. */
final class Payments {
  private Payments() {}

  static String key() {
    return UUID.randomUUID().toString();
  }

  static CreatePaymentRequest request(PaymentProviderUnderTest subject, String key) {
    return new CreatePaymentRequest(
        key, "BK-" + key.substring(0, 6), subject.amount(), false, "Shoot");
  }

  /** Takes the money: capture, or the operator's confirmation for offline providers. */
  static PaymentResult take(
      PaymentProvider provider,
      PaymentProviderUnderTest subject,
      PaymentResult created,
      String key) {
    if (provider instanceof SupportsManualConfirmation offline) {
      return offline.confirmReceived(key, created.providerPaymentId(), "transfer seen");
    }
    return provider.capture(new CaptureRequest(key, created.providerPaymentId(), subject.amount()));
  }
}
