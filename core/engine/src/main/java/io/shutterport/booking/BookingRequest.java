package io.shutterport.booking;

/**
 * A customer's request for a shoot, or an inquiry about one.
 *
 * @param planId the plan
 * @param date ISO date in the tenant's time zone
 * @param startTime local start time, HH:mm (10:00 when empty)
 * @param note free text for the photographer
 * @param backupDate an optional backup date (予備日) for bad weather, same start time
 * @param extraUnits units of extra time (0–4) when the plan offers it
 * @param express express delivery when the plan offers it
 * @param latitude with {@code longitude}, where the shoot takes place: sets the travel fee
 * @param longitude see {@code latitude}
 * @param details answers to the category's booking questions, by field name; null for none
 */
public record BookingRequest(
    String planId,
    String date,
    String startTime,
    String note,
    String backupDate,
    Integer extraUnits,
    Boolean express,
    Double latitude,
    Double longitude,
    java.util.Map<String, String> details) {}
