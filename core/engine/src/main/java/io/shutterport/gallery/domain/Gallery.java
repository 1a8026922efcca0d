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

  @Column(name = "share_token")
  private String shareToken;

  @Column(name = "share_pin_hash")
  private String sharePinHash;

  @Column(name = "share_failures")
  private int shareFailures;

  @Column(name = "share_locked_until")
  private Instant shareLockedUntil;

  @Column(name = "selection_submitted_at")
  private Instant selectionSubmittedAt;

  protected Gallery() {}

  public Gallery(String bookingId, Instant expiresAt) {
    this.bookingId = bookingId;
    this.expiresAt = expiresAt;
    this.state = State.OPEN.name();
    this.createdAt = Instant.now();
  }

  /** When the customer submitted their selection; null while they may still change it. */
  public Instant selectionSubmittedAt() {
    return selectionSubmittedAt;
  }

  /** The customer submits their selection; the first submission stands. */
  public boolean submitSelection(Instant at) {
    if (selectionSubmittedAt != null) {
      return false;
    }
    selectionSubmittedAt = at;
    return true;
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

  /** Shares the gallery under a new link and PIN (a previous link stops working). */
  public void share(String token, String pinHash) {
    shareToken = token;
    sharePinHash = pinHash;
    shareFailures = 0;
    shareLockedUntil = null;
  }

  public void unshare() {
    shareToken = null;
    sharePinHash = null;
  }

  public String shareToken() {
    return shareToken;
  }

  public String sharePinHash() {
    return sharePinHash;
  }

  /** Whether wrong PINs have locked the link at {@code now}. */
  public boolean shareLocked(Instant now) {
    return shareLockedUntil != null && now.isBefore(shareLockedUntil);
  }

  /** Counts a wrong PIN; the fifth in a row locks the link until {@code lockUntil}. */
  public void wrongPin(Instant lockUntil) {
    shareFailures++;
    if (shareFailures >= 5) {
      shareLockedUntil = lockUntil;
      shareFailures = 0;
    }
  }

  public void rightPin() {
    shareFailures = 0;
  }

  /** Opens the gallery again until {@code until}. */
  public void reopen(Instant until) {
    expiresAt = until;
    state = State.OPEN.name();
  }
}
