package io.shutterport.review.domain;

import io.shutterport.platform.persistence.TenantOwned;
import io.shutterport.review.ReviewView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One side's review of the other after a completed booking. */
@Entity
@Table(name = "review")
public class Review extends TenantOwned {
  /** Who reviews whom. */
  public enum Direction {
    CUSTOMER_TO_PHOTOGRAPHER,
    PHOTOGRAPHER_TO_CUSTOMER
  }

  @Id private String id;

  @Column(name = "booking_id")
  private String bookingId;

  @Column(name = "author_id")
  private String authorId;

  @Column(name = "subject_id")
  private String subjectId;

  private String direction;
  private int stars;
  private String body;
  private String reply;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected Review() {}

  public Review(
      String bookingId,
      String authorId,
      String subjectId,
      Direction direction,
      int stars,
      String body) {
    this.id = UUID.randomUUID().toString();
    this.bookingId = bookingId;
    this.authorId = authorId;
    this.subjectId = subjectId;
    this.direction = direction.name();
    this.stars = stars;
    this.body = body;
    this.createdAt = Instant.now();
  }

  /** Makes it visible; returns false when it already was. */
  public boolean publish() {
    if (publishedAt != null) {
      return false;
    }
    publishedAt = Instant.now();
    return true;
  }

  public void reply(String text) {
    this.reply = text;
  }

  public boolean published() {
    return publishedAt != null;
  }

  public boolean replied() {
    return reply != null;
  }

  public Direction direction() {
    return Direction.valueOf(direction);
  }

  public String authorId() {
    return authorId;
  }

  public String subjectId() {
    return subjectId;
  }

  public int stars() {
    return stars;
  }

  public ReviewView view() {
    return new ReviewView(id, bookingId, direction, stars, body, reply, createdAt, publishedAt);
  }
}
