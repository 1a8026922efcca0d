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
 */
public record PaymentResult(
    String providerPaymentId,
    PaymentStatus status,
    Money amount,
    LocalizedText customerInstructions,
    URI redirectUrl,
    String declineReason) {}
