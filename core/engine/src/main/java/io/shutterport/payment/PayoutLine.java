package io.shutterport.payment;

/**
 * One photographer's payouts in a period.
 *
 * @param photographerId the photographer
 * @param currency ISO 4217
 * @param paidMinor released for payout in the period, minor units
 * @param heldMinor still held (waiting for the customer's acceptance) from the period, minor units
 * @param bookings how many bookings moved money to them in the period
 */
public record PayoutLine(
    String photographerId, String currency, long paidMinor, long heldMinor, long bookings) {}
