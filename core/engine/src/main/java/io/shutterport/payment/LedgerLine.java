package io.shutterport.payment;

import java.time.Instant;

/**
 * One ledger entry as operators see it.
 *
 * @param kind CHARGE, CREDIT_SPENT, REFUND, CREDIT, PLATFORM_FEE, PAYOUT_HELD or PAYOUT
 * @param amountMinor signed amount in minor units (corrections are negative)
 * @param currency ISO 4217
 * @param at when it was booked
 */
public record LedgerLine(String kind, long amountMinor, String currency, Instant at) {}
