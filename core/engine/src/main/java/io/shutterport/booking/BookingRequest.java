package io.shutterport.booking;

/**
 * A customer's request.
 *
 * @param planId the plan
 * @param date the shoot date, ISO {@code yyyy-MM-dd}, in the tenant's time zone
 * @param startTime the start, {@code HH:mm}; null for 10:00
 * @param note a message to the photographer
 */
public record BookingRequest(String planId, String date, String startTime, String note) {}
