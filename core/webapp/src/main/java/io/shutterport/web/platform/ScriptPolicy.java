package io.shutterport.web.platform;

import io.shutterport.payment.PaymentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;

/**
 * The pages' script sources, to which PrimeFaces adds the response's nonce: this site only, except
 * on the booking page of a marketplace whose payment plugin shows a card form there, which also
 * loads the provider's library (e.g. Stripe.js) from the provider's origin.
 */
@Named("scriptPolicy")
@RequestScoped
public class ScriptPolicy {
  static final String SELF = "script-src 'self'";
  private static final String CHECKOUT_VIEW = "/booking.xhtml";

  @Inject PaymentService payments;

  public String getValue() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null
        || faces.getViewRoot() == null
        || !CHECKOUT_VIEW.equals(faces.getViewRoot().getViewId())) {
      return SELF;
    }
    return payments
        .checkout()
        .map(checkout -> SELF + " " + origin(checkout.libraryUrl()))
        .orElse(SELF);
  }

  /** scheme://host[:port] of a URL, as a CSP source. */
  static String origin(URI url) {
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }
}
