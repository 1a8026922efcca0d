package io.shutterport.activity.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One entry of a user's notification centre; its text is rendered in the reader's language. */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwned {
  @Id private String id;

  @Column(name = "user_id")
  private String userId;

  private String kind;

  @Column(name = "booking_id")
  private String bookingId;

  private String reference;

  /** The template's values, one {@code name=value} per line. */
  private String params;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(
      String userId, String kind, String bookingId, String reference, Map<String, String> params) {
    this.id = UUID.randomUUID().toString();
    this.userId = userId;
    this.kind = kind;
    this.bookingId = bookingId;
    this.reference = reference;
    StringBuilder lines = new StringBuilder();
    params.forEach((k, v) -> lines.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
    this.params = lines.toString();
    this.createdAt = Instant.now();
  }

  public String id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String bookingId() {
    return bookingId;
  }

  public String reference() {
    return reference;
  }

  /** The template's values, the reference among them. */
  public Map<String, String> params() {
    Map<String, String> values = new HashMap<>();
    for (String line : params.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    values.put("reference", reference);
    return values;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean read() {
    return readAt != null;
  }
}
