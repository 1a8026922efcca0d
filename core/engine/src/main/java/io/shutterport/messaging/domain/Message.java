package io.shutterport.messaging.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message in a booking's conversation. */
@Entity
@Table(name = "message")
public class Message extends TenantOwned {
  @Id private String id;

  @Column(name = "booking_id")
  private String bookingId;

  @Column(name = "sender_id")
  private String senderId;

  private String body;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Message() {}

  public Message(String bookingId, String senderId, String body) {
    this.id = UUID.randomUUID().toString();
    this.bookingId = bookingId;
    this.senderId = senderId;
    this.body = body;
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

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
