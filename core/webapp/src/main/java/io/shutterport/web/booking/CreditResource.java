package io.shutterport.web.booking;

import io.shutterport.payment.PaymentService;
import io.shutterport.spi.Money;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The customer's credit from cancellations, spent first on their next payment. */
@Path("me/credit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("CUSTOMER")
public class CreditResource {
  @Inject PaymentService payments;
  @Inject CurrentUser currentUser;

  /** One balance per currency; empty when there is none. */
  @GET
  public List<Money> balances() {
    return payments.credits(currentUser.id());
  }
}
