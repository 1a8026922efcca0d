package io.shutterport.spi.category;

import io.shutterport.spi.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A booking as a category sees it when checking answers or hinting at a price.
 *
 * @param categoryId the category booked
 * @param answers the answers to its booking fields, by field name (each already matched its type
 *     and pattern)
 * @param shootDate the shoot's date in the marketplace's time zone
 * @param planPrice the plan's price
 */
public record BookingContext(
    String categoryId, Map<String, String> answers, LocalDate shootDate, Money planPrice) {
  public BookingContext {
    Objects.requireNonNull(categoryId, "categoryId");
    answers = Map.copyOf(answers);
    Objects.requireNonNull(shootDate, "shootDate");
  }
}
