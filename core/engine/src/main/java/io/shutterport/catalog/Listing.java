package io.shutterport.catalog;

import java.util.List;
import java.util.Map;

/**
 * What a search found before ranking.
 *
 * @param candidates every photographer who passes the filters, with their cheapest matching plan,
 *     cheapest first
 * @param free their free time on the asked date, by photographer; empty without a date
 * @param relevance how well each matches the keyword ({@link Keyword#relevance}); empty without one
 */
public record Listing(
    List<Candidate> candidates, Map<String, FreeTime> free, Map<String, Double> relevance) {}
