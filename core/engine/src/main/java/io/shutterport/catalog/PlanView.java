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
 * @param deliveryDays days from the shoot to delivery
 * @param extraMinutes one unit of extra time, or null when not offered
 * @param extraPrice its price, or null
 * @param expressDays delivery days with express delivery, or null when not offered
 * @param expressPrice its price, or null
 * @param instantBook whether requests are accepted at once
 * @param selectionLimit how many delivered photos the customer may select; null: no limit
 */
public record PlanView(
    String id,
    String photographerId,
    String categoryId,
    String title,
    int durationMinutes,
    Money price,
    int photoCount,
    String cancellationPolicy,
    int deliveryDays,
    Integer extraMinutes,
    Money extraPrice,
    Integer expressDays,
    Money expressPrice,
    boolean instantBook,
    Integer selectionLimit) {}
