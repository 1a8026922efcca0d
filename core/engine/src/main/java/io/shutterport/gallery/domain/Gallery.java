package io.shutterport.gallery.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The life of a booking's delivered photos: open, expired, archived, being restored. */
@Entity
@Table(name = "gallery")
public class Gallery extends TenantOwned {
  /** Where a gallery is in its life. */
  public enum State {
    /** The customer can see and download everything. */
    OPEN,
    /** Past its date: the customer sees previews but downloads nothing until a restore. */
    EXPIRED,
    /** Expired, and its originals are in storage's archive tier. */
    ARCHIVED,
    /** A restore was asked for; storage is bringing originals back. */
    RESTORING
  }

  @Id
  @Column(name = "booking_id")
  private String bookingId;

  @Column(name = "expires_at")
  private Instant expiresAt;

  private String state;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Gallery() {}

  public Gallery(String bookingId, Instant expiresAt) {
    this.bookingId = bookingId;
    this.expiresAt = expiresAt;
    this.state = State.OPEN.name();
    this.createdAt = Instant.now();
  }

  public String bookingId() {
    return bookingId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public State state() {
    return State.valueOf(state);
  }

  /** Whether the customer may download at {@code now}. */
  public boolean open(Instant now) {
    return state() == State.OPEN && now.isBefore(expiresAt);
  }

  public void state(State next) {
    state = next.name();
  }

  /** Opens the gallery again until {@code until}. */
  public void reopen(Instant until) {
    expiresAt = until;
    state = State.OPEN.name();
  }
}
