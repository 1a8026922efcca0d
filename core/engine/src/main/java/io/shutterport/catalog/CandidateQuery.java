package io.shutterport.catalog;

/**
 * Filters the database applies before ranking. Null means "any".
 *
 * @param categoryId plans of this category
 * @param prefecture photographers based in this prefecture
 * @param city photographers based in this city
 * @param box latitude/longitude bounds {minLat, maxLat, minLon, maxLon}, or null
 * @param maxPriceMinor plans at most this price
 * @param language photographers speaking this language code
 * @param minRating average stars at least this (only reviewed photographers)
 * @param keyword words a photographer's text must hold; {@link Keyword#NONE} for none
 */
public record CandidateQuery(
    String categoryId,
    String prefecture,
    String city,
    double[] box,
    Long maxPriceMinor,
    String language,
    Double minRating,
    Keyword keyword) {}
