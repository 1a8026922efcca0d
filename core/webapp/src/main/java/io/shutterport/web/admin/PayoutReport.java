package io.shutterport.web.admin;

import io.shutterport.identity.IdentityService;
import io.shutterport.identity.UserView;
import io.shutterport.payment.PaymentService;
import io.shutterport.payment.PayoutLine;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.spi.Money;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The payouts report of the operator console and its API: per photographer, one month. */
@RequestScoped
public class PayoutReport {
  @Inject PaymentService payments;
  @Inject IdentityService identity;
  @Inject CurrentUser currentUser;

  /**
   * A photographer's payouts with their name, in major units.
   *
   * @param photographerId the photographer
   * @param name their public name
   * @param currency ISO 4217
   * @param paid released in the month
   * @param held still held from the month
   * @param bookings bookings that paid them in the month
   */
  public record Row(
      String photographerId,
      String name,
      String currency,
      BigDecimal paid,
      BigDecimal held,
      long bookings) {}

  /** The rows of a month given as {@code YYYY-MM} (this month when empty). */
  public List<Row> rows(String month) {
    List<PayoutLine> lines = payments.payouts(currentUser.id(), month(month));
    Map<String, UserView> names =
        identity.users(lines.stream().map(PayoutLine::photographerId).collect(Collectors.toSet()));
    return lines.stream()
        .map(
            l ->
                new Row(
                    l.photographerId(),
                    names.containsKey(l.photographerId())
                        ? names.get(l.photographerId()).displayName()
                        : "",
                    l.currency(),
                    Money.of(l.paidMinor(), l.currency()).toDecimal(),
                    Money.of(l.heldMinor(), l.currency()).toDecimal(),
                    l.bookings()))
        .toList();
  }

  static YearMonth month(String month) {
    if (month == null || month.isBlank()) {
      return YearMonth.now();
    }
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("month", "validation.month");
    }
  }
}
