package io.shutterport.activity;

import java.time.Instant;

/**
 * An entry of the notification centre.
 *
 * @param id its id
 * @param kind what happened, e.g. {@code booking.ACCEPT}
 * @param text what happened, in the reader's language
 * @param bookingId the booking it is about
 * @param createdAt when
 * @param read whether the user has seen it
 */
public record NotificationView(
    String id, String kind, String text, String bookingId, Instant createdAt, boolean read) {}
