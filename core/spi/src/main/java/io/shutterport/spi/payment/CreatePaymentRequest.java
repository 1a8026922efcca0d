package io.shutterport.spi.payment;

import io.shutterport.spi.Money;
import java.util.Objects;

/**
 * @param idempotencyKey the host's key for this operation; the same key never charges twice
 * @param reference the host's reference (e.g. the booking number), shown to the customer
 * @param amount what to charge
 * @param captureNow capture at once instead of only authorising
 * @param description a short text for the customer's statement
 */
public record CreatePaymentRequest(
    String idempotencyKey, String reference, Money amount, boolean captureNow, String description) {
  public CreatePaymentRequest {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(amount, "amount");
  }
}
