package io.shutterport.web.booking;

import io.shutterport.payment.PaymentService;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.spi.payment.EmbeddedCheckout;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * The marketplace's payment plugin's page script (its card form's driver), served from the
 * marketplace's own origin so the page's script policy needs only the provider's library besides.
 */
@Path("payments/checkout.js")
@RequestScoped
public class CheckoutResource {
  @Inject PaymentService payments;

  @GET
  @PermitAll
  public Response script() {
    EmbeddedCheckout checkout =
        payments.checkout().orElseThrow(() -> new NotFoundException("payment"));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(checkout.pageScript(), "text/javascript; charset=utf-8")
        .cacheControl(cache)
        .build();
  }
}
