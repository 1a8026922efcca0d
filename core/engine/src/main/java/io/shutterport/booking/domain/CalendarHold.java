package io.shutterport.booking.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Time a booking keeps from its photographer's calendar, buffers included. Two holds of one
 * photographer never overlap: PostgreSQL refuses it with an exclusion constraint.
 */
@Entity
@Table(name = "calendar_hold")
public class CalendarHold extends TenantOwned {
  /** The shoot itself, or its backup date. */
  public enum Kind {
    MAIN,
    BACKUP
  }

  @Id private String id;

  @Column(name = "photographer_id")
  private String photographerId;

  @Column(name = "booking_id")
  private String bookingId;

  private String kind;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  protected CalendarHold() {}

  public CalendarHold(
      String photographerId, String bookingId, Kind kind, Instant startsAt, Instant endsAt) {
    this.id = UUID.randomUUID().toString();
    this.photographerId = photographerId;
    this.bookingId = bookingId;
    this.kind = kind.name();
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  public String photographerId() {
    return photographerId;
  }

  public String bookingId() {
    return bookingId;
  }

  public Kind kind() {
    return Kind.valueOf(kind);
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }
}
