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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open conversation sockets of this node, by tenant and booking. Each new message reaches every
 * node over the cluster bus; the node reads it from the database (the bus carries only ids) and
 * sends it to its own sockets of that conversation.
 */
@ApplicationScoped
public class ConversationHub {
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

  /** A message was posted somewhere in the cluster: {@code tenant/booking/message}. */
  private void heard(String payload) {
    String[] parts = payload.split("/", 3);
    if (parts.length != 3 || !open.containsKey(key(parts[0], parts[1]))) {
      return;
    }
    executor.execute(
        () -> {
          MessageView message;
          try {
            message =
                work.call(parts[0], () -> messaging.delivered(parts[1], parts[2]).orElse(null));
          } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(ConversationHub.class.getName())
                .log(java.util.logging.Level.WARNING, "a message could not be read for sockets", e);
            return;
          }
          if (message == null) {
            return; // gone before it could be sent: nothing to show
          }
          String text = json(message);
          for (Session session : open.getOrDefault(key(parts[0], parts[1]), Set.of())) {
            if (session.isOpen()) {
              session.getAsyncRemote().sendText(text);
            }
          }
        });
  }

  private static String key(String tenantId, String bookingId) {
    return tenantId + "/" + bookingId;
  }
}
