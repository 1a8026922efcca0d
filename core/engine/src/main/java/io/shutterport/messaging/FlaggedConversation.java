package io.shutterport.messaging;

import java.time.Instant;
import java.util.Set;

/**
 * A conversation in which contact details were written, for the operator.
 *
 * @param bookingId the booking
 * @param reference the booking's reference
 * @param status the booking's status
 * @param messages how many of its messages held contact details
 * @param kinds what kinds were found (PHONE, EMAIL, LINE, URL)
 * @param lastAt when the latest of them was written
 */
public record FlaggedConversation(
    String bookingId,
    String reference,
    String status,
    int messages,
    Set<String> kinds,
    Instant lastAt) {}
