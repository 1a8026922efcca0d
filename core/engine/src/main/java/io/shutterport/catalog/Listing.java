package io.shutterport.catalog;

import java.util.List;
import java.util.Map;

/**
 * What a search found before ranking.
 *
 * @param candidates photographers with their cheapest matching plan, cheapest first
 * @param availability their rules and exceptions on the asked date, by photographer; empty without
 *     a date
 */
public record Listing(List<Candidate> candidates, Map<String, Availability> availability) {}
