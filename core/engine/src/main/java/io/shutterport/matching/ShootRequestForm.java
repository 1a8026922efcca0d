package io.shutterport.matching;

/**
 * A customer's shoot request.
 *
 * @param category category id
 * @param prefecture prefecture code
 * @param city city
 * @param date ISO date (tenant's zone)
 * @param startTime HH:mm
 * @param durationMinutes 30–600
 * @param budget decimal amount in the tenant's currency
 * @param note what the shoot is about (up to 2,000 characters)
 */
public record ShootRequestForm(
    String category,
    String prefecture,
    String city,
    String date,
    String startTime,
    Integer durationMinutes,
    String budget,
    String note) {}
