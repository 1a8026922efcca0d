package io.shutterport.web.messaging;

import io.shutterport.messaging.MessageView;
import io.shutterport.messaging.MessagingService;
import io.shutterport.platform.cluster.ClusterBus;
import io.shutterport.platform.tenancy.TenantWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open conversation sockets of this node, by tenant and booking. Each new message reaches every
 * node over the cluster bus; the node reads it from the database (the bus carries only ids) and
 * sends it to its own sockets of that conversation.
 */
@ApplicationScoped
public class ConversationHub {
  private static final Logger LOG = Logger.getLogger(ConversationHub.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject ClusterBus bus;
  @Inject MessagingService messaging;
  @Inject TenantWork work;

  @Resource ManagedExecutorService executor;

  private final Map<String, Set<Session>> open = new ConcurrentHashMap<>();
  private volatile boolean listening;

  void add(String tenantId, String bookingId, Session session) {
    listen();
    open.computeIfAbsent(key(tenantId, bookingId), k -> ConcurrentHashMap.newKeySet()).add(session);
  }

  void remove(String tenantId, String bookingId, Session session) {
    open.computeIfPresent(
        key(tenantId, bookingId),
        (k, sessions) -> {
          sessions.remove(session);
          return sessions.isEmpty() ? null : sessions;
        });
  }

  static String json(Object value) {
    return JSON.toJson(value);
  }

  private synchronized void listen() {
    if (!listening) {
      bus.subscribe(MessagingService.TOPIC, this::heard);
      listening = true;
    }
  }

  /**
   * A conversation changed somewhere in the cluster: {@code tenant/booking/m/messageId} (a new
   * message, read from the database and sent as it is shown) or {@code tenant/booking/r/userId}
   * (that party read the conversation; sent as {@code {"read":{"userId":…}}}).
   */
  private void heard(String payload) {
    String[] parts = payload.split("/", 4);
    if (parts.length != 4 || !open.containsKey(key(parts[0], parts[1]))) {
      return;
    }
    String tenantId = parts[0];
    String bookingId = parts[1];
    executor.execute(
        () -> {
          if ("r".equals(parts[2])) {
            send(tenantId, bookingId, json(Map.of("read", Map.of("userId", parts[3]))));
            return;
          }
          MessageView message;
          try {
            message =
                work.call(tenantId, () -> messaging.delivered(bookingId, parts[3]).orElse(null));
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a message could not be read for sockets", e);
            return;
          }
          if (message != null) { // null: gone before it could be sent, nothing to show
            String text = json(message);
            for (Session session : open.getOrDefault(key(tenantId, bookingId), Set.of())) {
              deliver(session, message.id(), text);
            }
          }
        });
  }

  private void send(String tenantId, String bookingId, String text) {
    for (Session session : open.getOrDefault(key(tenantId, bookingId), Set.of())) {
      deliver(session, text);
    }
  }

  /** Ids of the messages sent to a socket while it catches up; absent once it has. */
  private static final String SENT = "shutterport.sent";

  /** The socket is catching up: until {@link #caughtUp}, no message goes to it twice. */
  static void catchingUp(Session session) {
    session.getUserProperties().put(SENT, ConcurrentHashMap.newKeySet());
  }

  static void caughtUp(Session session) {
    synchronized (session) {
      session.getUserProperties().remove(SENT);
    }
  }

  /** Sends a message to a socket, once even while it catches up. */
  static void deliver(Session session, MessageView message) {
    deliver(session, message.id(), json(message));
  }

  private static void deliver(Session session, String messageId, String text) {
    synchronized (session) {
      @SuppressWarnings("unchecked")
      Set<String> sent = (Set<String>) session.getUserProperties().get(SENT);
      if (sent != null && !sent.add(messageId)) {
        return;
      }
      deliver(session, text);
    }
  }

  /**
   * Sends one frame. Frames to one socket go one at a time (a container may refuse a second send
   * while one is under way); a socket that fails is closed by the container and forgotten.
   */
  static void deliver(Session session, String text) {
    synchronized (session) {
      if (!session.isOpen()) {
        return;
      }
      try {
        session.getBasicRemote().sendText(text);
      } catch (IOException e) {
        LOG.log(Level.FINE, "a socket went away while sending", e);
      }
    }
  }

  private static String key(String tenantId, String bookingId) {
    return tenantId + "/" + bookingId;
  }
}
