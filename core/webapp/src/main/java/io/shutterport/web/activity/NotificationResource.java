package io.shutterport.web.activity;

import io.shutterport.activity.NotificationCentre;
import io.shutterport.activity.NotificationView;
import io.shutterport.activity.Topic;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The caller's notification centre: {@code /api/v1/me/notifications} (entries in the caller's
 * language, unread count, mark all read) and {@code …/preferences} (which topics also arrive by
 * e-mail).
 */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "PHOTOGRAPHER", "OPERATOR"})
public class NotificationResource {
  @Inject NotificationCentre centre;
  @Inject CurrentUser currentUser;
  @Inject Localizer localizer;

  /**
   * The centre.
   *
   * @param unread how many entries the caller has not seen
   * @param entries the newest entries first
   */
  public record Centre(long unread, List<NotificationView> entries) {}

  @GET
  public Centre centre() {
    return new Centre(
        centre.unread(currentUser.id()),
        centre.recent(currentUser.id(), Locale.forLanguageTag(localizer.language()), 50));
  }

  /** Every entry is seen. */
  @POST
  @Path("read")
  public Map<String, Integer> read() {
    return Map.of("read", centre.markAllRead(currentUser.id()));
  }

  @GET
  @Path("preferences")
  public Map<Topic, Boolean> preferences() {
    return centre.preferences(currentUser.id());
  }

  /** E.g. {@code {"MESSAGE": false}}: topics not named keep their setting. */
  @PUT
  @Path("preferences")
  public Map<Topic, Boolean> update(Map<String, Object> changes) {
    return centre.updatePreferences(currentUser.id(), changes);
  }
}
