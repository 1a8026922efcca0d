package io.shutterport.matching;

/**
 * A customer lets the marketplace pick the photographer (おまかせ).
 *
 * @param category the category
 * @param prefecture where
 * @param city optional city
 * @param date ISO date
 * @param startTime HH:mm
 * @param budget optional decimal maximum price
 * @param note for the photographer
 * @param details answers to the category's booking questions; null for none
 */
public record AutoBooking(
    String category,
    String prefecture,
    String city,
    String date,
    String startTime,
    String budget,
    String note,
    java.util.Map<String, String> details) {}
