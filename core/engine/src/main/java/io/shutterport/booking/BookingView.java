package io.shutterport.booking;

import io.shutterport.spi.Money;
import java.time.Instant;

/**
 * A booking as its parties see it.
 *
 * @param id the booking id
 * @param reference the human reference, e.g. BK-7KQ2M9XA
 * @param customerId the customer
 * @param photographerId the photographer
 * @param planId the plan booked
 * @param categoryId the category
 * @param startsAt when the shoot starts
 * @param endsAt when it ends
 * @param status the state name
 * @param price the agreed price
 * @param note the customer's note
 * @param createdAt when it was requested
 * @param backupStartsAt the held backup date (予備日), if any
 * @param rescheduleStartsAt the start one party asked to move to, waiting for the other
 * @param rescheduleAskedBy CUSTOMER or PHOTOGRAPHER, who asked
 * @param cancelledBy who cancelled, if it was cancelled
 * @param cancelReason why, if it was cancelled
 * @param addons what the customer added to the plan, e.g. {@code extra=2;express}; empty for none
 * @param travelFee the travel fee included in the price
 * @param deliveryDue when the photos are promised by; null when the plan made no promise
 * @param promisedPhotos how many photos are promised; 0 when unknown
 * @param deliveryLate whether photos came, or are still owed, after {@code deliveryDue}
 * @param disputedAt when a party opened a dispute, or null
 * @param disputeReason what they wrote, or null
 * @param details the answers to the category's booking questions, by field name
 */
public record BookingView(
    String id,
    String reference,
    String customerId,
    String photographerId,
    String planId,
    String categoryId,
    Instant startsAt,
    Instant endsAt,
    String status,
    Money price,
    String note,
    Instant createdAt,
    Instant backupStartsAt,
    Instant rescheduleStartsAt,
    String rescheduleAskedBy,
    String cancelledBy,
    String cancelReason,
    String addons,
    Money travelFee,
    Instant deliveryDue,
    int promisedPhotos,
    boolean deliveryLate,
    Instant disputedAt,
    String disputeReason,
    java.util.Map<String, String> details) {}
