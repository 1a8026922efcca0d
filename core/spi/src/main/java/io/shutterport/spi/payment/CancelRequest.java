package io.shutterport.spi.payment;

/**
 * @param idempotencyKey the host's key for this operation
 * @param providerPaymentId the provider's id of the payment
 */
public record CancelRequest(String idempotencyKey, String providerPaymentId) {}
