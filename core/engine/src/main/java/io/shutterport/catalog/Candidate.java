package io.shutterport.catalog;

import java.util.List;

/**
 * A photographer who passes a search's filters, with what ranking needs.
 *
 * @param photographerId the photographer
 * @param displayName public name
 * @param prefecture prefecture code
 * @param city city
 * @param latitude base of the service area, or null
 * @param longitude base of the service area, or null
 * @param travelRadiusKm how far they travel
 * @param languages language codes
 * @param ratingCount how many reviews
 * @param ratingSum the sum of their stars
 * @param requestsReceived requests received
 * @param requestsAnswered requests accepted or declined by them
 * @param plan their cheapest plan that matches
 * @param schedule their zone, notice, horizon and buffers (weekly rules come separately)
 */
public record Candidate(
    String photographerId,
    String displayName,
    String prefecture,
    String city,
    Double latitude,
    Double longitude,
    int travelRadiusKm,
    List<String> languages,
    int ratingCount,
    int ratingSum,
    int requestsReceived,
    int requestsAnswered,
    PlanView plan,
    Schedule schedule) {

  /**
   * What availability needs of a photographer besides rules and exceptions.
   *
   * @param zone their time zone
   * @param minNotice least notice
   * @param horizonDays how far ahead
   * @param buffers time kept free around shoots
   */
  public record Schedule(
      java.time.ZoneId zone, java.time.Duration minNotice, int horizonDays, Buffers buffers) {}
}
