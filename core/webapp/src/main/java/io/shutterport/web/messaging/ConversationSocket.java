package io.shutterport.web.messaging;

import io.shutterport.messaging.MessageView;
import io.shutterport.messaging.MessagingService;
import io.shutterport.platform.tenancy.TenantWork;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A booking's conversation in real time: {@code /ws/bookings/{id}?after={messageId}}. The socket
 * belongs to the signed-in party of the booking whose session cookie the handshake carries; it
 * first sends what was posted after {@code after} (a reconnecting page loses nothing and gets
 * nothing twice) and {@code {"ready":true}}, then each new message as it is posted on any node and
 * {@code {"read":{"userId":…}}} when a party reads the conversation. Pages post through the REST
 * API; frames sent to the socket are answered with an error and change nothing.
 */
@ServerEndpoint(value = "/ws/bookings/{id}", configurator = ConversationSocket.Handshake.class)
public class ConversationSocket {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ConversationSocket.class.getName());
  private static final String HOST = "shutterport.host";

  /** Sent after the catch-up: from now on the socket hears every new message. */
  private static final String READY = "{\"ready\":true}";

  // Liberty does not inject into this endpoint class (CWOWB1006E): beans are looked up instead.
  private final ConversationHub hub = bean(ConversationHub.class);
  private final MessagingService messaging = bean(MessagingService.class);
  private final TenantService tenants = bean(TenantService.class);
  private final TenantWork work = bean(TenantWork.class);

  private static <T> T bean(Class<T> type) {
    return jakarta.enterprise.inject.spi.CDI.current().select(type).get();
  }

  /**
   * Keeps the handshake's Host header for {@link #open}. The container may share these properties
   * between connections, so only the host travels here, and a mix-up can only refuse a socket: the
   * user comes from the socket's own principal (the session mechanism's caller, checked against
   * this host's tenant), and a booking of another tenant is never found.
   */
  public static class Handshake extends ServerEndpointConfig.Configurator {
    @Override
    public void modifyHandshake(
        ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
      String host = header(request.getHeaders(), "Host");
      // A handshake from another site's page (a sibling subdomain included) gets no tenant, so
      // the socket is refused on open.
      boolean sameOrigin =
          io.shutterport.web.platform.SameOrigin.allowed(
              host, header(request.getHeaders(), "Origin"), null);
      config.getUserProperties().put(HOST, host == null || !sameOrigin ? "" : host);
    }
  }

  @OnOpen
  public void open(Session session, EndpointConfig config, @PathParam("id") String bookingId)
      throws IOException {
    String host = String.valueOf(config.getUserProperties().get(HOST));
    String tenantId = tenants.byHost(host).map(TenantView::id).orElse(null);
    String userId =
        session.getUserPrincipal() == null ? null : session.getUserPrincipal().getName();
    if (userId == null || tenantId == null) {
      refuse(session, "sign in first");
      return;
    }
    String after = first(session.getRequestParameterMap(), "after");
    List<MessageView> missed;
    try {
      missed = work.call(tenantId, () -> messaging.after(userId, bookingId, after));
    } catch (RuntimeException e) { // not a party of this booking, or no such booking
      refuse(session, "no such conversation");
      return;
    }
    session.getUserProperties().put("tenant", tenantId);
    session.getUserProperties().put("booking", bookingId);
    // From here the socket hears new messages; one posted between the first read and now is in
    // the second read. While catching up, each message goes out once whichever way it came.
    ConversationHub.catchingUp(session);
    hub.add(tenantId, bookingId, session);
    missed.forEach(message -> ConversationHub.deliver(session, message));
    String last = missed.isEmpty() ? after : missed.get(missed.size() - 1).id();
    try {
      work.call(tenantId, () -> messaging.after(userId, bookingId, last))
          .forEach(message -> ConversationHub.deliver(session, message));
    } finally {
      ConversationHub.caughtUp(session);
    }
    ConversationHub.deliver(session, READY);
  }

  @OnMessage
  public void frame(Session session, String text) throws IOException {
    ConversationHub.deliver(
        session, "{\"error\":\"post messages with POST /api/v1/bookings/{id}/messages\"}");
  }

  @OnClose
  public void close(Session session) {
    forget(session);
  }

  @OnError
  public void error(Session session, Throwable failure) {
    LOG.log(java.util.logging.Level.WARNING, "conversation socket failed", failure);
    forget(session);
  }

  private void forget(Session session) {
    Object tenantId = session.getUserProperties().get("tenant");
    Object bookingId = session.getUserProperties().get("booking");
    if (tenantId != null && bookingId != null) {
      hub.remove(tenantId.toString(), bookingId.toString(), session);
    }
  }

  private static void refuse(Session session, String why) throws IOException {
    session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, why));
  }

  /** A header's first value, whatever the case of its name. */
  private static String header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .filter(values -> values != null && !values.isEmpty())
        .map(values -> values.get(0))
        .findFirst()
        .orElse(null);
  }

  private static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
