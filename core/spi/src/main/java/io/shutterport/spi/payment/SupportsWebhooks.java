package io.shutterport.spi.payment;

import java.util.List;
import java.util.Map;

/** Optional ability: the provider calls us back. */
public interface SupportsWebhooks {

  /**
   * Verifies the signature over the raw body and parses it into events. Throws {@link
   * WebhookRejectedException} when the signature or timestamp is wrong.
   *
   * @param headers the HTTP headers, names in lower case
   * @param rawBody the body exactly as received
   */
  List<PaymentEvent> parseWebhook(Map<String, String> headers, byte[] rawBody);

  /**
   * One thing the provider tells us.
   *
   * @param eventId the provider's unique id for the event (for de-duplication)
   * @param providerPaymentId the payment it is about
   * @param status the payment's new status
   */
  record PaymentEvent(String eventId, String providerPaymentId, PaymentStatus status) {}
}
