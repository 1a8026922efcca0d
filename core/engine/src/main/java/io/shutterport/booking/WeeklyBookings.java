package io.shutterport.booking;

/**
 * One week of a marketplace's bookings (weeks start on Monday in the marketplace's zone).
 *
 * @param weekStart the Monday, e.g. {@code 2026-11-30}
 * @param requested bookings asked for that week (requests, inquiries and accepted proposals)
 * @param paid how many of those have been paid for since
 * @param late shoots of that week whose photos came, or are still owed, after the promised date
 */
public record WeeklyBookings(String weekStart, long requested, long paid, long late) {}
