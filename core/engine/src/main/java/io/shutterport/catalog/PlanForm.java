package io.shutterport.catalog;

/**
 * A plan as entered.
 *
 * @param categoryId the event category
 * @param title the plan's name
 * @param durationMinutes shoot length
 * @param price price in the tenant currency's minor unit
 * @param photoCount number of delivered photos
 * @param deliveryDays days from the shoot to delivery (1–90, default 14)
 * @param extraMinutes the length of one unit of extra time (15–120), with {@code extraPrice}
 * @param extraPrice the price of one unit of extra time
 * @param expressDays delivery days with the express add-on, with {@code expressPrice}
 * @param expressPrice the price of express delivery
 * @param instantBook whether requests are accepted at once (null: no)
 * @param selectionLimit how many delivered photos the customer may select (null: no limit)
 */
public record PlanForm(
    String categoryId,
    String title,
    Integer durationMinutes,
    Long price,
    Integer photoCount,
    Integer deliveryDays,
    Integer extraMinutes,
    Long extraPrice,
    Integer expressDays,
    Long expressPrice,
    Boolean instantBook,
    Integer selectionLimit) {}
