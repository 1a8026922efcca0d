package io.shutterport.web.booking;

import io.shutterport.payment.PaymentService;
import io.shutterport.payment.WebhookAlreadyHandled;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where payment providers call back, per tenant (host) and provider. The body is taken as raw
 * bytes: its signature covers exactly what was sent.
 */
@Path("webhooks/{providerId}")
@RequestScoped
public class WebhookResource {
  private static final int MAX_BODY = 256 * 1024;

  @Inject PaymentService payments;

  @POST
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  public Response receive(
      @PathParam("providerId") String providerId, @Context HttpHeaders headers, byte[] body) {
    if (body == null || body.length > MAX_BODY) {
      return Response.status(413).build();
    }
    Map<String, String> lower = new HashMap<>();
    headers
        .getRequestHeaders()
        .forEach(
            (name, values) -> lower.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    try {
      payments.webhook(providerId, lower, body);
    } catch (WebhookAlreadyHandled e) {
      return Response.ok().build();
    }
    return Response.ok().build();
  }
}
