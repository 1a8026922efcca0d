package io.shutterport.matching;

import io.shutterport.spi.Money;
import java.util.List;

/**
 * One photographer in search results.
 *
 * @param photographerId the photographer
 * @param displayName public name
 * @param prefecture prefecture code
 * @param city city
 * @param planId the cheapest plan that matches
 * @param fromPrice its price
 * @param score the ranking score, 0–1
 * @param factors what the score is made of
 * @param ratingAverage average stars, or 0 without reviews
 * @param ratingCount number of reviews
 * @param distanceKm distance from the asked place, or null
 * @param freeStarts free start times (HH:mm) on the asked date inside the asked window
 */
public record Match(
    String photographerId,
    String displayName,
    String prefecture,
    String city,
    String planId,
    Money fromPrice,
    double score,
    Factors factors,
    double ratingAverage,
    int ratingCount,
    Double distanceKm,
    List<String> freeStarts) {}
