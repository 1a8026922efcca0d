package io.shutterport.spi.payment;

/** Optional ability of offline providers: the operator confirms that the money arrived. */
public interface SupportsManualConfirmation {

  /**
   * Records the operator's confirmation; returns a {@link PaymentStatus#CAPTURED} result.
   *
   * @param idempotencyKey the host's key for this confirmation
   * @param providerPaymentId the payment that was paid
   * @param confirmationNote what the operator saw (e.g. the transfer's reference)
   */
  PaymentResult confirmReceived(
      String idempotencyKey, String providerPaymentId, String confirmationNote);
}
