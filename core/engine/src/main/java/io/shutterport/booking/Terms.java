package io.shutterport.booking;

/**
 * Terms proposed in a negotiation, or a new time asked for.
 *
 * @param date ISO date in the tenant's time zone
 * @param startTime local start time, HH:mm
 * @param price a decimal amount in the tenant's currency (offers and counter-offers only)
 */
public record Terms(String date, String startTime, String price) {}
