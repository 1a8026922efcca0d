package io.shutterport.payment;

import io.shutterport.spi.Money;
import java.time.Instant;

/**
 * A payment in the operator's list.
 *
 * @param id our id
 * @param bookingId the booking it pays (or tips)
 * @param providerId the payment plugin, or {@code credit} when credit covered it all
 * @param status the provider status name
 * @param tip whether it is a tip rather than the booking's price
 * @param amount what the provider takes
 * @param credit what the customer's credit paid on top
 * @param createdAt when the customer started it
 */
public record PaymentRecord(
    String id,
    String bookingId,
    String providerId,
    String status,
    boolean tip,
    Money amount,
    Money credit,
    Instant createdAt) {}
