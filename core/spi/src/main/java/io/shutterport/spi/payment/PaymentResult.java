package io.shutterport.spi.payment;

import io.shutterport.spi.LocalizedText;
import io.shutterport.spi.Money;
import java.net.URI;

/**
 * The outcome of a payment operation.
 *
 * @param providerPaymentId the provider's id for the payment
 * @param status where it stands
 * @param amount the amount concerned
 * @param customerInstructions what the customer must do (bank details); may be null
 * @param redirectUrl where to send the customer, for {@link PaymentStatus#REQUIRES_ACTION}; may be
 *     null
 * @param declineReason why it was declined; null unless {@link PaymentStatus#DECLINED}
 * @param clientToken for {@link PaymentProviderFactory.FlowKind#EMBEDDED} flows, the token the
 *     provider's script in the page needs (e.g. a Stripe PaymentIntent's client secret); may be
 *     null
 */
public record PaymentResult(
    String providerPaymentId,
    PaymentStatus status,
    Money amount,
    LocalizedText customerInstructions,
    URI redirectUrl,
    String declineReason,
    String clientToken) {

  /** A result without a client token. */
  public PaymentResult(
      String providerPaymentId,
      PaymentStatus status,
      Money amount,
      LocalizedText customerInstructions,
      URI redirectUrl,
      String declineReason) {
    this(providerPaymentId, status, amount, customerInstructions, redirectUrl, declineReason, null);
  }
}
