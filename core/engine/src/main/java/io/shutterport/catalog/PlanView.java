package io.shutterport.catalog;

import io.shutterport.spi.Money;

/**
 * A plan.
 *
 * @param id the plan id
 * @param photographerId whose plan
 * @param categoryId the category
 * @param title the name
 * @param durationMinutes length
 * @param price the price
 * @param photoCount delivered photos
 * @param cancellationPolicy the plan's own cancellation policy, or null for the tenant's
 */
public record PlanView(
    String id,
    String photographerId,
    String categoryId,
    String title,
    int durationMinutes,
    Money price,
    int photoCount,
    String cancellationPolicy) {}
