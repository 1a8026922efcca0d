package io.shutterport.web.admin;

import io.shutterport.booking.BookingService;
import io.shutterport.booking.WeeklyBookings;
import io.shutterport.payment.PaymentService;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operator's dashboard figures, week by week: bookings requested and paid for, money paid in,
 * late deliveries; one source for {@code GET /api/v1/operator/dashboard} and the dashboard page.
 */
@RequestScoped
public class Dashboard {
  /** How many weeks the dashboard shows. */
  static final int WEEKS = 12;

  @Inject BookingService bookings;
  @Inject PaymentService payments;
  @Inject CurrentUser currentUser;

  /**
   * One week.
   *
   * @param weekStart its Monday
   * @param requested bookings asked for
   * @param paid of those, paid for since
   * @param revenueMinor money paid in that week, in the marketplace's currency's minor unit
   * @param late shoots of the week delivered (or still owed) after the promised date
   */
  public record Week(String weekStart, long requested, long paid, long revenueMinor, long late) {}

  /**
   * The figures.
   *
   * @param weeks the last twelve weeks, oldest first
   * @param conversion paid ÷ requested over those weeks, 0–1 (0 without requests)
   */
  public record Figures(List<Week> weeks, double conversion) {}

  private Figures figures;

  public Figures figures() {
    if (figures == null) {
      List<WeeklyBookings> weekly = bookings.weekly(currentUser.id(), WEEKS);
      Map<String, Long> revenue = payments.weeklyRevenue(currentUser.id(), WEEKS);
      List<Week> weeks = new ArrayList<>();
      long requested = 0;
      long paid = 0;
      for (WeeklyBookings w : weekly) {
        weeks.add(
            new Week(
                w.weekStart(),
                w.requested(),
                w.paid(),
                revenue.getOrDefault(w.weekStart(), 0L),
                w.late()));
        requested += w.requested();
        paid += w.paid();
      }
      figures = new Figures(weeks, requested == 0 ? 0 : (double) paid / requested);
    }
    return figures;
  }
}
