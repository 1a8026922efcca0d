package io.shutterport.booking.domain;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.Transition;
import io.shutterport.platform.persistence.TenantOwned;
import io.shutterport.spi.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** A customer's booking of a photographer's plan for a time. */
@Entity
@Table(name = "booking")
public class Booking extends TenantOwned {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String REF_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Id private String id;
  private String reference;

  @Column(name = "customer_id")
  private String customerId;

  @Column(name = "photographer_id")
  private String photographerId;

  @Column(name = "plan_id")
  private String planId;

  @Column(name = "category_id")
  private String categoryId;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  private BookingStatus status;

  @Column(name = "price_minor")
  private long priceMinor;

  private String currency;
  private String note;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Booking() {}

  public Booking(
      String customerId,
      String photographerId,
      String planId,
      String categoryId,
      Instant startsAt,
      Instant endsAt,
      Money price,
      String note) {
    this.id = UUID.randomUUID().toString();
    this.reference = newReference();
    this.customerId = customerId;
    this.photographerId = photographerId;
    this.planId = planId;
    this.categoryId = categoryId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.status = BookingStatus.REQUESTED;
    this.priceMinor = price.minorUnits();
    this.currency = price.currency();
    this.note = note;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Applies a transition if the table allows it for this actor; throws otherwise. */
  public void apply(Transition transition, Actor actor) {
    status =
        status
            .next(transition, actor)
            .orElseThrow(() -> new TransitionNotAllowedException(transition.name(), status.name()));
    updatedAt = Instant.now();
  }

  /** The role the user plays in this booking, if any. */
  public java.util.Optional<Actor> partyRole(String userId) {
    if (customerId.equals(userId)) {
      return java.util.Optional.of(Actor.CUSTOMER);
    }
    if (photographerId.equals(userId)) {
      return java.util.Optional.of(Actor.PHOTOGRAPHER);
    }
    return java.util.Optional.empty();
  }

  public String id() {
    return id;
  }

  public BookingStatus status() {
    return status;
  }

  public BookingView view() {
    return new BookingView(
        id,
        reference,
        customerId,
        photographerId,
        planId,
        categoryId,
        startsAt,
        endsAt,
        status.name(),
        Money.of(priceMinor, currency),
        note,
        createdAt);
  }

  private static String newReference() {
    StringBuilder ref = new StringBuilder("BK-");
    for (int i = 0; i < 8; i++) {
      ref.append(REF_CHARS.charAt(RANDOM.nextInt(REF_CHARS.length())));
    }
    return ref.toString();
  }
}
