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

  @Transactional
  public MessageView post(String userId, String bookingId, String body) {
    bookings.roleIn(userId, bookingId);
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw InvalidInputException.of("body", "validation.message");
    }
    Message message = new Message(bookingId, userId, text);
    db.insert(message);
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
}
