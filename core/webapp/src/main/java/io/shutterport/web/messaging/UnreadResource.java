package io.shutterport.web.messaging;

import io.shutterport.messaging.MessagingService;
import io.shutterport.messaging.Unread;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's unread messages, in total and per booking: {@code /api/v1/me/unread}. */
@Path("me/unread")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "PHOTOGRAPHER"})
public class UnreadResource {
  @Inject MessagingService messaging;
  @Inject CurrentUser currentUser;

  @GET
  public Unread unread() {
    return messaging.unread(currentUser.id());
  }
}
