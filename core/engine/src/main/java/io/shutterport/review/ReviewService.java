package io.shutterport.review;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingMoved;
import io.shutterport.booking.BookingService;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.Transition;
import io.shutterport.catalog.CatalogService;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.events.PublicReviewsChanged;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.persistence.SqlStates;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.review.domain.Review;
import io.shutterport.review.infrastructure.ReviewRepository;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Two-sided, double-blind reviews of completed bookings. */
@ApplicationScoped
public class ReviewService implements JobHandler {
  static final String PUBLISH = "review.publish";

  @Inject ReviewRepository repository;
  @Inject BookingService bookings;
  @Inject CatalogService catalog;
  @Inject JobQueue jobs;
  @Inject TenantService tenants;
  @Inject TenantContext tenant;
  @Inject jakarta.enterprise.event.Event<PublicReviewsChanged> publicReviews;

  /** A party reviews the other once the booking is completed; once each. */
  @Transactional
  public ReviewView write(String userId, String bookingId, ReviewForm form) {
    Actor role = bookings.roleIn(userId, bookingId);
    BookingView booking = bookings.forParty(userId, bookingId);
    if (role == Actor.OPERATOR) {
      throw new io.shutterport.platform.error.ForbiddenException();
    }
    if (!"COMPLETED".equals(booking.status())) {
      throw new ReviewNotOpenException();
    }
    List<FieldError> errors = new ArrayList<>();
    if (form == null || form.stars() == null || form.stars() < 1 || form.stars() > 5) {
      errors.add(new FieldError("stars", "validation.stars"));
    }
    String body = form == null || form.body() == null ? "" : form.body().strip();
    if (body.length() > 4000) {
      errors.add(new FieldError("body", "validation.reviewBody"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    boolean byCustomer = role == Actor.CUSTOMER;
    Review review =
        new Review(
            bookingId,
            userId,
            byCustomer ? booking.photographerId() : booking.customerId(),
            byCustomer
                ? Review.Direction.CUSTOMER_TO_PHOTOGRAPHER
                : Review.Direction.PHOTOGRAPHER_TO_CUSTOMER,
            form.stars(),
            body);
    try {
      repository.add(review);
    } catch (PersistenceException e) {
      if (SqlStates.has(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new AlreadyReviewedException();
      }
      throw e;
    }
    List<Review> both = repository.ofBooking(bookingId);
    if (both.size() == 2) {
      both.forEach(this::publish); // both have written: the blind ends
    }
    return review.view();
  }

  /** The photographer answers the customer's published review, once. */
  @Transactional
  public ReviewView reply(String userId, String bookingId, String text) {
    if (bookings.roleIn(userId, bookingId) != Actor.PHOTOGRAPHER) {
      throw new io.shutterport.platform.error.ForbiddenException();
    }
    Review review =
        repository.ofBooking(bookingId).stream()
            .filter(r -> r.direction() == Review.Direction.CUSTOMER_TO_PHOTOGRAPHER)
            .filter(Review::published)
            .findFirst()
            .orElseThrow(ReviewNotOpenException::new);
    String reply = text == null ? "" : text.strip();
    if (reply.isEmpty() || reply.length() > 2000) {
      throw InvalidInputException.of("body", "validation.reply");
    }
    if (review.replied()) {
      throw new AlreadyReviewedException();
    }
    review.reply(reply);
    publicReviews.fire(new PublicReviewsChanged(tenant.require())); // the profile shows replies
    return review.view();
  }

  /** What a party sees: their own review always, the other's once published. */
  @Transactional
  public List<ReviewView> ofBooking(String userId, String bookingId) {
    bookings.roleIn(userId, bookingId);
    return repository.ofBooking(bookingId).stream()
        .filter(r -> r.published() || r.authorId().equals(userId))
        .map(Review::view)
        .toList();
  }

  /** The marketplace's latest published reviews of photographers, for its home page. */
  @Transactional
  public List<PublicReview> latestPublished(int limit) {
    return repository.publishedLatest(limit).stream()
        .map(
            r -> {
              ReviewView v = r.view();
              return new PublicReview(r.subjectId(), v.stars(), v.body(), v.publishedAt());
            })
        .toList();
  }

  /** Published reviews of a photographer, for their public page. */
  @Transactional
  public List<ReviewView> aboutPhotographer(String photographerId) {
    return repository.publishedAbout(photographerId, 50).stream().map(Review::view).toList();
  }

  /** A completed booking opens its review window; when it closes, what was written is shown. */
  void onBookingMoved(@Observes BookingMoved event) {
    if (event.transition() == Transition.COMPLETE) {
      jobs.schedule(
          PUBLISH,
          event.bookingId(),
          Instant.now().plus(tenants.byId(tenant.require()).rules().reviewWindow()));
    }
  }

  @Override
  public String kind() {
    return PUBLISH;
  }

  @Override
  public void handle(String bookingId) {
    repository.ofBooking(bookingId).forEach(this::publish);
  }

  private void publish(Review review) {
    if (review.publish() && review.direction() == Review.Direction.CUSTOMER_TO_PHOTOGRAPHER) {
      catalog.countRating(review.subjectId(), review.stars());
      publicReviews.fire(new PublicReviewsChanged(tenant.require()));
    }
  }
}
