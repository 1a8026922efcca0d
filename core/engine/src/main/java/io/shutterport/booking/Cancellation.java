package io.shutterport.booking;

/**
 * A request to cancel.
 *
 * @param reason a {@link CancellationReason} name
 * @param asCredit take credit for a later booking instead of a refund
 */
public record Cancellation(String reason, boolean asCredit) {}
