package io.shutterport.web.catalog;

import io.shutterport.payment.MonthlyEarnings;
import io.shutterport.payment.PaymentService;
import io.shutterport.spi.Money;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The photographer's earnings per month in the studio (as {@code GET /api/v1/me/earnings}). */
@Named("earningsPage")
@RequestScoped
public class EarningsPage {
  @Inject PaymentService payments;
  @Inject CurrentUser currentUser;

  private List<MonthlyEarnings> months;

  public List<MonthlyEarnings> getMonths() {
    if (months == null) {
      months = payments.earnings(currentUser.id(), 12);
    }
    return months;
  }

  public Money paid(MonthlyEarnings month) {
    return Money.of(month.paidMinor(), month.currency());
  }

  public Money held(MonthlyEarnings month) {
    return Money.of(month.heldMinor(), month.currency());
  }
}
