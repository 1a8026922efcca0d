package io.shutterport.spi.payment;

import io.shutterport.spi.Money;

/** Optional ability: give money back, in full or in part. */
public interface SupportsRefunds {

  /**
   * @param idempotencyKey the host's key for this refund
   * @param providerPaymentId the captured payment
   * @param amount how much to refund
   */
  PaymentResult refund(String idempotencyKey, String providerPaymentId, Money amount);
}
