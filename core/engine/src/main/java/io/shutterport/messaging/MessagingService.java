package io.shutterport.messaging;

import io.shutterport.booking.BookingService;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.UserView;
import io.shutterport.messaging.domain.Message;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.persistence.Db;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Posts and lists a booking's messages; only its parties take part. */
@ApplicationScoped
public class MessagingService {
  static final int MAX_LENGTH = 4000;

  @Inject Db db;
  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject io.shutterport.platform.cluster.ClusterBus bus;
  @Inject io.shutterport.platform.tenancy.TenantContext tenant;
  @Inject jakarta.enterprise.event.Event<Posted> posted;

  /** Every node hears of each new message on this topic: {@code tenant/booking/message}. */
  public static final String TOPIC = "messages";

  /**
   * A message was stored.
   *
   * @param tenantId its tenant
   * @param bookingId its conversation
   * @param messageId the message
   */
  public record Posted(String tenantId, String bookingId, String messageId) {}

  @Transactional
  public MessageView post(String userId, String bookingId, String body) {
    bookings.roleIn(userId, bookingId);
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw InvalidInputException.of("body", "validation.message");
    }
    Message message = new Message(bookingId, userId, text);
    db.insert(message);
    posted.fire(new Posted(tenant.require(), bookingId, message.id()));
    UserView sender = identity.user(userId);
    return new MessageView(
        message.id(), userId, sender.displayName(), message.body(), message.createdAt());
  }

  /** The conversation, oldest first (two queries whatever its length). */
  @Transactional
  public List<MessageView> conversation(String userId, String bookingId) {
    bookings.roleIn(userId, bookingId);
    List<Message> messages =
        db.em()
            .createQuery(
                "SELECT m FROM Message m WHERE m.bookingId = :b ORDER BY m.createdAt",
                Message.class)
            .setParameter("b", bookingId)
            .setMaxResults(500)
            .getResultList();
    Map<String, UserView> senders =
        identity.users(messages.stream().map(Message::senderId).distinct().toList());
    return messages.stream()
        .map(
            m ->
                new MessageView(
                    m.id(),
                    m.senderId(),
                    senders.containsKey(m.senderId())
                        ? senders.get(m.senderId()).displayName()
                        : "?",
                    m.body(),
                    m.createdAt()))
        .toList();
  }

  /** Once committed, tells every node (open pages are told by the node they are connected to). */
  void afterPosted(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          Posted event) {
    bus.publish(TOPIC, event.tenantId() + "/" + event.bookingId() + "/" + event.messageId());
  }

  /**
   * The messages after {@code afterId}, oldest first: what a page that reconnects missed. An
   * unknown id gives the whole conversation.
   */
  @Transactional
  public List<MessageView> after(String userId, String bookingId, String afterId) {
    List<MessageView> all = conversation(userId, bookingId);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(afterId)) {
        return all.subList(i + 1, all.size());
      }
    }
    return all;
  }

  /** One message of a conversation, for delivery to open pages (no caller to check). */
  @Transactional
  public java.util.Optional<MessageView> delivered(String bookingId, String messageId) {
    Message m = db.em().find(Message.class, messageId);
    if (m == null || !m.bookingId().equals(bookingId)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new MessageView(
            m.id(),
            m.senderId(),
            identity.user(m.senderId()).displayName(),
            m.body(),
            m.createdAt()));
  }
}
