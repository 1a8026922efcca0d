package io.shutterport.web.booking;

import io.shutterport.payment.MonthlyEarnings;
import io.shutterport.payment.PaymentService;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The photographer's earnings per month, from the ledger. */
@Path("me/earnings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PHOTOGRAPHER")
public class EarningsResource {
  @Inject PaymentService payments;
  @Inject CurrentUser currentUser;

  /** The last {@code months} months (12 by default, 36 at most), newest first. */
  @GET
  public List<MonthlyEarnings> earnings(@QueryParam("months") Integer months) {
    return payments.earnings(currentUser.id(), months == null ? 12 : months);
  }
}
