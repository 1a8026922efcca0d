package io.shutterport.spi.payment;

import io.shutterport.spi.Money;

/**
 * @param idempotencyKey the host's key for this operation
 * @param providerPaymentId the provider's id from {@link PaymentResult#providerPaymentId()}
 * @param amount the amount to capture, at most the authorised amount
 */
public record CaptureRequest(String idempotencyKey, String providerPaymentId, Money amount) {}
