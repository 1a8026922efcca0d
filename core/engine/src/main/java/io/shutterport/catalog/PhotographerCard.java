package io.shutterport.catalog;

import io.shutterport.spi.Money;

/**
 * One search result.
 *
 * @param photographerId the photographer
 * @param displayName public name
 * @param prefecture prefecture code
 * @param city city
 * @param fromPrice the cheapest matching plan
 * @param planCount number of matching plans
 */
public record PhotographerCard(
    String photographerId,
    String displayName,
    String prefecture,
    String city,
    Money fromPrice,
    int planCount) {}
