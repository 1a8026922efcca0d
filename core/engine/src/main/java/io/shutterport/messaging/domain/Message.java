package io.shutterport.messaging.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One message in a booking's conversation, from one party to the other. Contact details in it are
 * kept as written and shown masked until the booking is paid.
 */
@Entity
@Table(name = "message")
public class Message extends TenantOwned {
  @Id private String id;

  @Column(name = "booking_id")
  private String bookingId;

  @Column(name = "sender_id")
  private String senderId;

  @Column(name = "recipient_id")
  private String recipientId;

  private String body;

  @Column(name = "masked_body")
  private String maskedBody;

  @Column(name = "contact_kinds")
  private String contactKinds;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "photo_id")
  private String photoId;

  protected Message() {}

  /**
   * A new message.
   *
   * @param maskedBody the body with contact details masked, or null when it has none
   * @param contactKinds what kinds of contact details were found, comma-separated, or null
   */
  public Message(
      String bookingId,
      String senderId,
      String recipientId,
      String body,
      String maskedBody,
      String contactKinds) {
    this.id = UUID.randomUUID().toString();
    this.bookingId = bookingId;
    this.senderId = senderId;
    this.recipientId = recipientId;
    this.body = body;
    this.maskedBody = maskedBody;
    this.contactKinds = contactKinds;
    this.createdAt = Instant.now();
  }

  public String id() {
    return id;
  }

  public String bookingId() {
    return bookingId;
  }

  public String senderId() {
    return senderId;
  }

  public String recipientId() {
    return recipientId;
  }

  /** The body as shown: masked while contact details must stay hidden. */
  public String body(boolean revealContacts) {
    return revealContacts || maskedBody == null ? body : maskedBody;
  }

  /** Whether the body is shown masked when contact details must stay hidden. */
  public boolean hasContacts() {
    return maskedBody != null;
  }

  public Optional<String> contactKinds() {
    return Optional.ofNullable(contactKinds);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Attaches an image (a photo of kind MESSAGE). */
  public Message withPhoto(String photoId) {
    this.photoId = photoId;
    return this;
  }

  public Optional<String> photoId() {
    return Optional.ofNullable(photoId);
  }

  public Optional<Instant> readAt() {
    return Optional.ofNullable(readAt);
  }
}
