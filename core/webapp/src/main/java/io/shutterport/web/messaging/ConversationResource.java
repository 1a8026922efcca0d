package io.shutterport.web.messaging;

import io.shutterport.messaging.MessageView;
import io.shutterport.messaging.MessagingService;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.web.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A booking's conversation, for its two parties: {@code /api/v1/bookings/{id}/messages}. Open pages
 * also receive new messages and readings over {@code /ws/bookings/{id}}. (A root path of its own:
 * JAX-RS picks one root resource class per request, so this cannot share {@code bookings/{id}}.)
 */
@Path("bookings/{id}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "PHOTOGRAPHER"})
public class ConversationResource {
  @Inject MessagingService messaging;
  @Inject CurrentUser currentUser;

  /**
   * A message to post.
   *
   * @param body the text
   */
  public record MessageBody(String body) {}

  /** A page of the conversation, oldest first: the latest, or the one before {@code before}. */
  @GET
  public List<MessageView> messages(
      @PathParam("id") String id,
      @QueryParam("before") String before,
      @QueryParam("limit") String limit) {
    return messaging.conversation(currentUser.id(), id, before, limit(limit));
  }

  /** Posts a message; {@code masked} in the answer says its contact details are hidden for now. */
  @POST
  public Response post(@PathParam("id") String id, MessageBody body) {
    MessageView message = messaging.post(currentUser.id(), id, body == null ? null : body.body());
    return Response.status(201).entity(message).build();
  }

  /**
   * Posts an image (the raw request body; its type is decided by its bytes) with an optional
   * caption. Bad files are refused like gallery uploads, before anything is kept.
   */
  @POST
  @Path("attachments")
  @Consumes(MediaType.WILDCARD)
  public Response attach(
      @PathParam("id") String id, @QueryParam("caption") String caption, InputStream image) {
    MessageView message = messaging.attach(currentUser.id(), id, image, caption);
    return Response.status(201).entity(message).build();
  }

  /** The caller has seen the conversation: its messages to them are read. */
  @POST
  @Path("read")
  public Map<String, Integer> read(@PathParam("id") String id) {
    return Map.of("read", messaging.markRead(currentUser.id(), id));
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return 50;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= 200) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw InvalidInputException.of("limit", "validation.limit");
  }
}
