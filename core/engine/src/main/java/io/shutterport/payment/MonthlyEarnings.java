package io.shutterport.payment;

/**
 * What a photographer earned in one month of the marketplace's calendar, from the ledger: the same
 * figures the operator's payout report gives for them.
 *
 * @param month the month, e.g. {@code 2026-12}
 * @param currency ISO 4217
 * @param paidMinor released for payout in the month, minor units
 * @param heldMinor held in the month (waiting for the customer's acceptance), minor units
 * @param bookings how many bookings moved money to them in the month
 */
public record MonthlyEarnings(
    String month, String currency, long paidMinor, long heldMinor, long bookings) {}
