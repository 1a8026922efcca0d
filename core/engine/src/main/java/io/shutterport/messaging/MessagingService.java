package io.shutterport.messaging;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.gallery.GalleryService;
import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.identity.UserView;
import io.shutterport.messaging.domain.Message;
import io.shutterport.platform.audit.AuditLog;
import io.shutterport.platform.cluster.ClusterBus;
import io.shutterport.platform.cluster.RateLimiter;
import io.shutterport.platform.config.Settings;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A booking's conversation between its two parties: posting, paged history, read receipts and
 * unread counts, contact details masked until the booking is paid, and the operator's audited
 * reading once a dispute is open.
 */
@ApplicationScoped
public class MessagingService {
  static final int MAX_LENGTH = 4000;
  static final int PAGE = 50;
  static final int MAX_PAGE = 200;

  /** Booking states in which the parties have a paid deal: contact details are shown. */
  static final Set<String> REVEALING =
      Set.of("PAID", "CONFIRMED", "SHOT", "DELIVERED", "COMPLETED");

  /**
   * Every node hears of conversation changes on this topic: {@code tenant/booking/m/messageId} for
   * a new message, {@code tenant/booking/r/userId} when a party read the conversation.
   */
  public static final String TOPIC = "conversations";

  @Inject Db db;
  @Inject BookingService bookings;
  @Inject IdentityService identity;
  @Inject ClusterBus bus;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject RateLimiter limits;
  @Inject Settings settings;
  @Inject GalleryService gallery;
  @Inject Event<Changed> changed;
  @Inject Event<Waiting> waiting;

  /**
   * A message now waits for its recipient, who had nothing else unread in that conversation: the
   * moment to tell them (later messages before they read are not announced again). Fired in the
   * posting transaction.
   *
   * @param bookingId the conversation
   * @param recipientId who has a message waiting
   */
  public record Waiting(String bookingId, String recipientId) {}

  /**
   * A conversation changed; announced to every node once committed.
   *
   * @param tenantId its tenant
   * @param bookingId its booking
   * @param kind {@code m} for a new message, {@code r} for a reading
   * @param id the message, or the user who read
   */
  public record Changed(String tenantId, String bookingId, String kind, String id) {
    /** The bus payload. */
    public String payload() {
      return tenantId + "/" + bookingId + "/" + kind + "/" + id;
    }
  }

  /**
   * Posts a message to the booking's other party. Contact details in it are stored as written and
   * shown masked until the booking is paid; the returned view says so, for the sender's notice.
   */
  @Transactional
  public MessageView post(String userId, String bookingId, String body) {
    BookingView booking = party(userId, bookingId);
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw InvalidInputException.of("body", "validation.message");
    }
    limits.acquire("message", userId, RateLimiter.Limit.parse(settings.messageRate()));
    return store(userId, booking, text, null);
  }

  /**
   * Posts an image with an optional caption. The image is validated and stored like a delivered
   * photo (bad files are refused before anything is kept); the other party sees its thumbnail and
   * preview, which carry no camera or location metadata.
   */
  @Transactional
  public MessageView attach(String userId, String bookingId, InputStream image, String caption) {
    BookingView booking = party(userId, bookingId);
    String text = caption == null ? "" : caption.strip();
    if (text.length() > MAX_LENGTH) {
      throw InvalidInputException.of("caption", "validation.message");
    }
    limits.acquire("message", userId, RateLimiter.Limit.parse(settings.messageRate()));
    String photoId = gallery.attachment(userId, bookingId, image).id();
    return store(userId, booking, text, photoId);
  }

  private MessageView store(String userId, BookingView booking, String text, String photoId) {
    String bookingId = booking.id();
    ContactDetector.Result contacts = ContactDetector.mask(text);
    String recipient =
        userId.equals(booking.customerId()) ? booking.photographerId() : booking.customerId();
    long unreadBefore =
        db.em()
            .createQuery(
                "SELECT COUNT(m) FROM Message m WHERE m.bookingId = :b AND m.recipientId = :u"
                    + " AND m.readAt IS NULL",
                Long.class)
            .setParameter("b", bookingId)
            .setParameter("u", recipient)
            .getSingleResult();
    Message message =
        new Message(
                bookingId,
                userId,
                recipient,
                text,
                contacts.found() ? contacts.text() : null,
                contacts.found() ? String.join(",", names(contacts.kinds())) : null)
            .withPhoto(photoId);
    db.insert(message);
    changed.fire(new Changed(tenant.require(), bookingId, "m", message.id()));
    if (unreadBefore == 0) {
      waiting.fire(new Waiting(bookingId, recipient));
    }
    UserView sender = identity.user(userId);
    return view(message, sender.displayName(), reveals(booking));
  }

  /** The latest page of the conversation, oldest first: all of it up to {@value #PAGE} messages. */
  @Transactional
  public List<MessageView> conversation(String userId, String bookingId) {
    return conversation(userId, bookingId, null, PAGE);
  }

  /**
   * A page of the conversation, oldest first: the {@code limit} messages just before {@code
   * beforeId}, or the latest ones without it.
   */
  @Transactional
  public List<MessageView> conversation(
      String userId, String bookingId, String beforeId, int limit) {
    BookingView booking = party(userId, bookingId);
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    TypedQuery<Message> query;
    if (beforeId == null || beforeId.isBlank()) {
      query =
          db.em()
              .createQuery(
                  "SELECT m FROM Message m WHERE m.bookingId = :b"
                      + " ORDER BY m.createdAt DESC, m.id DESC",
                  Message.class);
    } else {
      Message before = inConversation(bookingId, beforeId);
      query =
          db.em()
              .createQuery(
                  "SELECT m FROM Message m WHERE m.bookingId = :b AND (m.createdAt < :t"
                      + " OR (m.createdAt = :t AND m.id < :id)) ORDER BY m.createdAt DESC, m.id DESC",
                  Message.class)
              .setParameter("t", before.createdAt())
              .setParameter("id", before.id());
    }
    List<Message> page =
        new ArrayList<>(query.setParameter("b", bookingId).setMaxResults(size).getResultList());
    Collections.reverse(page);
    return views(page, reveals(booking));
  }

  /**
   * The messages after {@code afterId}, oldest first: what a page that reconnects missed. Without
   * it, or with an id not of this conversation, the latest page.
   */
  @Transactional
  public List<MessageView> after(String userId, String bookingId, String afterId) {
    BookingView booking = party(userId, bookingId);
    Message after = afterId == null ? null : db.em().find(Message.class, afterId);
    if (after == null || !after.bookingId().equals(bookingId)) {
      return conversation(userId, bookingId);
    }
    List<Message> missed =
        db.em()
            .createQuery(
                "SELECT m FROM Message m WHERE m.bookingId = :b AND (m.createdAt > :t"
                    + " OR (m.createdAt = :t AND m.id > :id)) ORDER BY m.createdAt, m.id",
                Message.class)
            .setParameter("b", bookingId)
            .setParameter("t", after.createdAt())
            .setParameter("id", after.id())
            .setMaxResults(MAX_PAGE)
            .getResultList();
    return views(missed, reveals(booking));
  }

  /** The user has seen the conversation: every message to them in it is read now. */
  @Transactional
  public int markRead(String userId, String bookingId) {
    party(userId, bookingId);
    int read =
        db.em()
            .createQuery(
                "UPDATE Message m SET m.readAt = :now WHERE m.bookingId = :b"
                    + " AND m.recipientId = :u AND m.readAt IS NULL")
            .setParameter("now", Instant.now())
            .setParameter("b", bookingId)
            .setParameter("u", userId)
            .executeUpdate();
    if (read > 0) {
      changed.fire(new Changed(tenant.require(), bookingId, "r", userId));
    }
    return read;
  }

  /** The user's unread messages, per conversation. */
  @Transactional
  public Unread unread(String userId) {
    Map<String, Long> byBooking = new LinkedHashMap<>();
    long total = 0;
    for (Object[] row :
        db.em()
            .createQuery(
                "SELECT m.bookingId, COUNT(m) FROM Message m"
                    + " WHERE m.recipientId = :u AND m.readAt IS NULL GROUP BY m.bookingId",
                Object[].class)
            .setParameter("u", userId)
            .getResultList()) {
      long count = ((Number) row[1]).longValue();
      byBooking.put((String) row[0], count);
      total += count;
    }
    return new Unread(total, byBooking);
  }

  /** Conversations in which contact details were written, latest first, for operators. */
  @Transactional
  public List<FlaggedConversation> flagged(String operatorId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    List<Message> messages =
        db.em()
            .createQuery(
                "SELECT m FROM Message m WHERE m.contactKinds IS NOT NULL ORDER BY m.createdAt DESC",
                Message.class)
            .setMaxResults(1000)
            .getResultList();
    Map<String, List<Message>> byBooking = new LinkedHashMap<>();
    for (Message m : messages) {
      byBooking.computeIfAbsent(m.bookingId(), k -> new ArrayList<>()).add(m);
    }
    List<String> ids = byBooking.keySet().stream().limit(100).toList();
    Map<String, BookingView> views = bookings.internal(ids);
    List<FlaggedConversation> flagged = new ArrayList<>();
    for (String id : ids) {
      BookingView booking = views.get(id);
      List<Message> found = byBooking.get(id);
      Set<String> kinds = new TreeSet<>();
      found.forEach(m -> kinds.addAll(List.of(m.contactKinds().orElse("").split(","))));
      flagged.add(
          new FlaggedConversation(
              booking.id(),
              booking.reference(),
              booking.status(),
              found.size(),
              kinds,
              found.get(0).createdAt()));
    }
    return flagged;
  }

  /**
   * The whole conversation as written, for an operator looking into an open dispute; the reading is
   * written to the audit log in the same transaction. Without a dispute: not found.
   */
  @Transactional
  public List<MessageView> forDispute(String operatorId, String bookingId) {
    BookingView booking = bookings.disputedFor(operatorId, bookingId);
    audit.record(operatorId, "conversation.read", booking.id(), "dispute " + booking.reference());
    List<Message> all =
        db.em()
            .createQuery(
                "SELECT m FROM Message m WHERE m.bookingId = :b ORDER BY m.createdAt, m.id",
                Message.class)
            .setParameter("b", bookingId)
            .setMaxResults(2000)
            .getResultList();
    return views(all, true);
  }

  /** One message of a conversation, for delivery to open pages (no caller to check). */
  @Transactional
  public Optional<MessageView> delivered(String bookingId, String messageId) {
    Message m = db.em().find(Message.class, messageId);
    if (m == null || !m.bookingId().equals(bookingId)) {
      return Optional.empty();
    }
    BookingView booking = bookings.internal(bookingId);
    return Optional.of(view(m, identity.user(m.senderId()).displayName(), reveals(booking)));
  }

  /** Once committed, tells every node (open pages are told by the node they are connected to). */
  void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
    bus.publish(TOPIC, event.payload());
  }

  /** The booking, if the user is one of its two parties (operators read only through disputes). */
  private BookingView party(String userId, String bookingId) {
    Actor actor = bookings.roleIn(userId, bookingId);
    if (actor != Actor.CUSTOMER && actor != Actor.PHOTOGRAPHER) {
      throw new NotFoundException("booking");
    }
    return bookings.internal(bookingId);
  }

  private Message inConversation(String bookingId, String messageId) {
    Message m = messageId.length() > 36 ? null : db.em().find(Message.class, messageId);
    if (m == null || !m.bookingId().equals(bookingId)) {
      throw InvalidInputException.of("before", "validation.messageId");
    }
    return m;
  }

  private List<MessageView> views(List<Message> messages, boolean reveal) {
    Map<String, UserView> senders =
        identity.users(messages.stream().map(Message::senderId).distinct().toList());
    return messages.stream()
        .map(
            m ->
                view(
                    m,
                    senders.containsKey(m.senderId())
                        ? senders.get(m.senderId()).displayName()
                        : "?",
                    reveal))
        .toList();
  }

  private static MessageView view(Message m, String senderName, boolean reveal) {
    return new MessageView(
        m.id(),
        m.senderId(),
        senderName,
        m.body(reveal),
        m.createdAt(),
        !reveal && m.hasContacts(),
        m.readAt().orElse(null),
        m.photoId().orElse(null));
  }

  private static boolean reveals(BookingView booking) {
    return REVEALING.contains(booking.status());
  }

  private static List<String> names(Set<ContactDetector.Kind> kinds) {
    return kinds.stream().map(Enum::name).sorted().toList();
  }
}
