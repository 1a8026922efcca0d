package io.shutterport.gallery.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An original arriving in chunks: how long it is, how much has arrived, what it became. */
@Entity
@Table(name = "resumable_upload")
public class ResumableUpload extends TenantOwned {
  @Id private String id;

  @Column(name = "booking_id")
  private String bookingId;

  @Column(name = "owner_id")
  private String ownerId;

  private long length;
  private long received;

  @Column(name = "photo_id")
  private String photoId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ResumableUpload() {}

  public ResumableUpload(String bookingId, String ownerId, long length) {
    this.id = UUID.randomUUID().toString();
    this.bookingId = bookingId;
    this.ownerId = ownerId;
    this.length = length;
    this.createdAt = Instant.now();
  }

  public String id() {
    return id;
  }

  public String bookingId() {
    return bookingId;
  }

  public String ownerId() {
    return ownerId;
  }

  public long length() {
    return length;
  }

  public long received() {
    return received;
  }

  public String photoId() {
    return photoId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void completed(String photoId) {
    this.photoId = photoId;
  }
}
