package io.shutterport.review.infrastructure;

import io.shutterport.platform.persistence.Db;
import io.shutterport.review.domain.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Reviews of the current tenant. */
@ApplicationScoped
public class ReviewRepository {
  @Inject Db db;

  public void add(Review review) {
    db.insert(review);
  }

  public List<Review> ofBooking(String bookingId) {
    return db.em()
        .createQuery("SELECT r FROM Review r WHERE r.bookingId = :b", Review.class)
        .setParameter("b", bookingId)
        .getResultList();
  }

  /** The marketplace's published reviews of photographers, newest first. */
  public List<Review> publishedLatest(int limit) {
    return db.em()
        .createQuery(
            "SELECT r FROM Review r WHERE r.publishedAt IS NOT NULL"
                + " AND r.direction = 'CUSTOMER_TO_PHOTOGRAPHER' ORDER BY r.publishedAt DESC, r.id",
            Review.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Published reviews about a photographer, newest first. */
  public List<Review> publishedAbout(String subjectId, int limit) {
    return db.em()
        .createQuery(
            "SELECT r FROM Review r WHERE r.subjectId = :s AND r.publishedAt IS NOT NULL"
                + " AND r.direction = 'CUSTOMER_TO_PHOTOGRAPHER' ORDER BY r.publishedAt DESC",
            Review.class)
        .setParameter("s", subjectId)
        .setMaxResults(limit)
        .getResultList();
  }
}
