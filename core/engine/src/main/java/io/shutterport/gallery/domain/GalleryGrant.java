package io.shutterport.gallery.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a right PIN gives a guest: the shared gallery's previews, for a while. */
@Entity
@Table(name = "gallery_grant")
public class GalleryGrant extends TenantOwned {
  @Id private String token;

  @Column(name = "booking_id")
  private String bookingId;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected GalleryGrant() {}

  public GalleryGrant(String token, String bookingId, Instant expiresAt) {
    this.token = token;
    this.bookingId = bookingId;
    this.expiresAt = expiresAt;
  }

  public String token() {
    return token;
  }

  public String bookingId() {
    return bookingId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
