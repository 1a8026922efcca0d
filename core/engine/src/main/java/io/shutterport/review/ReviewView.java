package io.shutterport.review;

import java.time.Instant;

/**
 * A review as its author, or (once published) anyone, sees it.
 *
 * @param id the review
 * @param bookingId the booking reviewed
 * @param direction CUSTOMER_TO_PHOTOGRAPHER or PHOTOGRAPHER_TO_CUSTOMER
 * @param stars 1–5
 * @param body the text
 * @param reply the photographer's reply, or null
 * @param createdAt when written
 * @param publishedAt when it became visible, or null while hidden
 */
public record ReviewView(
    String id,
    String bookingId,
    String direction,
    int stars,
    String body,
    String reply,
    Instant createdAt,
    Instant publishedAt) {}
