package io.shutterport.gallery.domain;

import io.shutterport.gallery.PhotoView;
import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored original and, once made, its thumbnail. */
@Entity
@Table(name = "photo")
public class Photo extends TenantOwned {
  /** What a photo belongs to. */
  public enum Owner {
    BOOKING,
    PORTFOLIO,
    /** An image attached to a message; its owner id is the booking. */
    MESSAGE
  }

  @Id private String id;

  @Column(name = "owner_kind")
  private String ownerKind;

  @Column(name = "owner_id")
  private String ownerId;

  private int position;

  @Column(name = "original_key")
  private String originalKey;

  @Column(name = "thumb_key")
  private String thumbKey;

  @Column(name = "preview_key")
  private String previewKey;

  @Column(name = "watermark_key")
  private String watermarkKey;

  private Long crc32;

  private boolean selected;

  private String sha256;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "content_type")
  private String contentType;

  private int width;
  private int height;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Photo() {}

  public Photo(
      String id,
      Owner owner,
      String ownerId,
      int position,
      String originalKey,
      String sha256,
      long sizeBytes,
      String contentType,
      int width,
      int height) {
    this.id = id;
    this.ownerKind = owner.name();
    this.ownerId = ownerId;
    this.position = position;
    this.originalKey = originalKey;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
    this.contentType = contentType;
    this.width = width;
    this.height = height;
    this.createdAt = Instant.now();
  }

  /**
   * The derivatives are in storage.
   *
   * @param watermark the watermarked preview; null for photos shown without one (portfolio)
   */
  public void derivativesStored(String thumbnail, String preview, String watermark) {
    thumbKey = thumbnail;
    previewKey = preview;
    watermarkKey = watermark;
  }

  /** Whether the derivatives job has nothing left to do. */
  public boolean derivativesDone() {
    return thumbKey != null && previewKey != null;
  }

  /** Records the original's CRC-32, taken while it was received. */
  public Photo withCrc32(long crc) {
    crc32 = crc;
    return this;
  }

  /** The original's CRC-32; null for photos received before it was recorded. */
  public Long crc32() {
    return crc32;
  }

  /** The customer marks the photo as a favourite, or unmarks it. */
  public void select(boolean chosen) {
    selected = chosen;
  }

  public boolean selected() {
    return selected;
  }

  public String previewKey() {
    return previewKey;
  }

  public String watermarkKey() {
    return watermarkKey;
  }

  public String id() {
    return id;
  }

  public Owner owner() {
    return Owner.valueOf(ownerKind);
  }

  public String ownerId() {
    return ownerId;
  }

  public String originalKey() {
    return originalKey;
  }

  public String thumbKey() {
    return thumbKey;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String contentType() {
    return contentType;
  }

  /** Puts the photo at {@code position} (1 first) in its owner's order. */
  public void moveTo(int position) {
    this.position = position;
  }

  /** Every object stored for the photo: the original and whichever derivatives exist. */
  public java.util.List<String> storedKeys() {
    return java.util.stream.Stream.of(originalKey, thumbKey, previewKey, watermarkKey)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  public int position() {
    return position;
  }

  public PhotoView view() {
    return new PhotoView(
        id, position, sha256, sizeBytes, contentType, width, height, thumbKey != null, selected);
  }
}
