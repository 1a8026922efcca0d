package io.shutterport.catalog;

/**
 * A plan as entered.
 *
 * @param categoryId the event category
 * @param title the plan's name
 * @param durationMinutes shoot length
 * @param price price in the tenant currency's minor unit
 * @param photoCount number of delivered photos
 */
public record PlanForm(
    String categoryId, String title, Integer durationMinutes, Long price, Integer photoCount) {}
