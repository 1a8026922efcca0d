package io.shutterport.booking;

/**
 * A tenant's booking rules as operators write them.
 *
 * @param requestTtl ISO-8601 duration an unanswered request, inquiry, offer or unpaid acceptance
 *     lives, e.g. PT48H
 * @param autoCompleteAfter ISO-8601 duration after delivery when the system accepts it, e.g. P7D
 * @param payoutDelay ISO-8601 duration after completion when the payout is released, e.g. PT0S
 * @param commissionBasisPoints the platform's commission in 1/100 of a percent
 * @param cancellationPolicy the default policy in the text form of {@link CancellationPolicy}
 * @param reviewWindow ISO-8601 duration after completion when one-sided reviews are published, e.g.
 *     P14D
 * @param tipShareBasisPoints the photographer's share of tips, 1/100 % (0–10000)
 * @param travelFeeBands travel fee by distance, e.g. {@code 10:0,30:3000,60:6000}; empty for none
 */
public record BookingRules(
    String requestTtl,
    String autoCompleteAfter,
    String payoutDelay,
    Integer commissionBasisPoints,
    String cancellationPolicy,
    String reviewWindow,
    Integer tipShareBasisPoints,
    String travelFeeBands) {}
