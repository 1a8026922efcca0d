package io.shutterport.booking.domain;

import io.shutterport.booking.Actor;
import io.shutterport.booking.BookingView;
import io.shutterport.booking.CancellationReason;
import io.shutterport.booking.Transition;
import io.shutterport.platform.persistence.TenantOwned;
import io.shutterport.platform.util.JsonMaps;
import io.shutterport.spi.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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

  @Column(name = "backup_starts_at")
  private Instant backupStartsAt;

  @Column(name = "reschedule_starts_at")
  private Instant rescheduleStartsAt;

  @Column(name = "reschedule_asked_by")
  @Enumerated(EnumType.STRING)
  private Actor rescheduleAskedBy;

  /** The cancellation policy in force when the booking was made, in its text form. */
  private String policy;

  @Column(name = "status_since")
  private Instant statusSince;

  @Column(name = "delivery_days")
  private Integer deliveryDays;

  @Column(name = "promised_photos")
  private Integer promisedPhotos;

  @Column(name = "selection_limit")
  private Integer selectionLimit;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "cancel_reason")
  @Enumerated(EnumType.STRING)
  private CancellationReason cancelReason;

  @Column(name = "cancelled_by")
  @Enumerated(EnumType.STRING)
  private Actor cancelledBy;

  /** What the customer added to the plan, e.g. {@code extra=2;express}. */
  private String addons = "";

  /** Answers to the category's booking questions, a JSON object (see {@link JsonMaps}). */
  private String details;

  @Column(name = "travel_fee_minor")
  private long travelFeeMinor;

  @Column(name = "disputed_at")
  private Instant disputedAt;

  @Column(name = "dispute_reason")
  private String disputeReason;

  @Column(name = "disputed_by")
  private String disputedBy;

  protected Booking() {}

  public Booking(
      String customerId,
      String photographerId,
      String planId,
      String categoryId,
      Instant startsAt,
      Instant endsAt,
      Money price,
      String note,
      BookingStatus initial,
      Instant backupStartsAt,
      String policy) {
    this.id = UUID.randomUUID().toString();
    this.reference = newReference();
    this.customerId = customerId;
    this.photographerId = photographerId;
    this.planId = planId;
    this.categoryId = categoryId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.status = initial;
    this.backupStartsAt = backupStartsAt;
    this.policy = policy;
    this.priceMinor = price.minorUnits();
    this.currency = price.currency();
    this.note = note;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
    this.statusSince = createdAt;
  }

  /**
   * Applies a transition if the table allows it for this actor; throws otherwise. Returns the state
   * it left.
   */
  public BookingStatus apply(Transition transition, Actor actor) {
    BookingStatus before = status;
    status =
        status
            .next(transition, actor)
            .orElseThrow(() -> new TransitionNotAllowedException(transition.name(), status.name()));
    updatedAt = Instant.now();
    if (status != before) {
      statusSince = updatedAt;
    }
    if (status == BookingStatus.DELIVERED && deliveredAt == null) {
      deliveredAt = updatedAt;
    }
    return before;
  }

  /** How many delivered photos the customer may select, from the plan at booking time. */
  public void selectionLimit(Integer limit) {
    this.selectionLimit = limit;
  }

  public Integer selectionLimit() {
    return selectionLimit;
  }

  /** The delivery promise, from the plan at booking time. */
  public void promise(int days, int photos) {
    this.deliveryDays = days;
    this.promisedPhotos = photos;
  }

  /** When the photos are due: the promised days after the shoot ends; null when none was made. */
  public Instant deliveryDue() {
    return deliveryDays == null ? null : endsAt.plus(Duration.ofDays(deliveryDays));
  }

  /**
   * Whether the promise is broken: photos arrived after the due time, or it has passed and the
   * shoot's photos are still owed.
   */
  public boolean deliveryLate(Instant now) {
    Instant due = deliveryDue();
    if (due == null) {
      return false;
    }
    if (deliveredAt != null) {
      return deliveredAt.isAfter(due);
    }
    return now.isAfter(due) && BookingStatus.OWING_PHOTOS.contains(status);
  }

  /** New terms from one side of a negotiation (offer or counter-offer). */
  public void terms(Transition transition, Actor actor, Instant start, Money newPrice) {
    Duration length = Duration.between(startsAt, endsAt);
    apply(transition, actor);
    if (!newPrice.currency().equals(currency)) {
      throw new IllegalArgumentException("currency of a booking never changes");
    }
    startsAt = start;
    endsAt = start.plus(length);
    priceMinor = newPrice.minorUnits();
  }

  /** One party asks to move the shoot to {@code start}. */
  public void askReschedule(Actor actor, Instant start) {
    apply(Transition.ASK_RESCHEDULE, actor);
    rescheduleStartsAt = start;
    rescheduleAskedBy = actor;
  }

  /** The other party agrees: the shoot moves. Throws when nothing was asked or they asked it. */
  public void approveReschedule(Actor actor) {
    if (rescheduleStartsAt == null || rescheduleAskedBy == actor) {
      throw new TransitionNotAllowedException(Transition.APPROVE_RESCHEDULE.name(), status.name());
    }
    apply(Transition.APPROVE_RESCHEDULE, actor);
    moveTo(rescheduleStartsAt);
    rescheduleStartsAt = null;
    rescheduleAskedBy = null;
  }

  /** The other party refuses, or the asking party withdraws. */
  public void rejectReschedule(Actor actor) {
    if (rescheduleStartsAt == null) {
      throw new TransitionNotAllowedException(Transition.REJECT_RESCHEDULE.name(), status.name());
    }
    apply(Transition.REJECT_RESCHEDULE, actor);
    rescheduleStartsAt = null;
    rescheduleAskedBy = null;
  }

  /** Rain: the shoot moves to the backup date, which stops being a separate hold. */
  public void useBackup(Actor actor) {
    if (backupStartsAt == null) {
      throw new TransitionNotAllowedException(Transition.USE_BACKUP.name(), status.name());
    }
    apply(Transition.USE_BACKUP, actor);
    moveTo(backupStartsAt);
    backupStartsAt = null;
  }

  /** Records the add-ons and travel fee already included in the price. */
  /** The answers to the category's booking questions, checked by the caller. */
  public void details(java.util.Map<String, String> answers) {
    this.details = answers.isEmpty() ? null : JsonMaps.write(answers);
  }

  public void addons(String addons, long travelFeeMinor) {
    this.addons = addons;
    this.travelFeeMinor = travelFeeMinor;
  }

  /** Records who cancelled and why; call after {@link #apply} of CANCEL. */
  public void cancelledFor(Actor by, CancellationReason reason) {
    cancelledBy = by;
    cancelReason = reason;
  }

  private void moveTo(Instant start) {
    Duration length = Duration.between(startsAt, endsAt);
    startsAt = start;
    endsAt = start.plus(length);
  }

  /**
   * When the system should make {@code transition} by itself, given the tenant's rules; empty when
   * it never does from the current state.
   */
  public Optional<Instant> dueAt(
      Transition transition, Duration requestTtl, Duration autoComplete) {
    if (!status.timedTransitions().contains(transition)) {
      return Optional.empty();
    }
    return Optional.of(
        switch (transition) {
          case EXPIRE -> min(statusSince.plus(requestTtl), startsAt);
          case CONFIRM -> startsAt.minus(Duration.ofDays(1));
          case SHOOT -> endsAt;
          case COMPLETE -> statusSince.plus(autoComplete);
          default -> throw new IllegalStateException("not timed: " + transition);
        });
  }

  /**
   * What a timer scheduled now must find to still be valid: the state, since when, and the shoot's
   * start. Anything else means the booking moved on and the timer is re-evaluated.
   */
  public String timerStamp() {
    return status + "@" + statusSince.toEpochMilli() + "@" + startsAt.toEpochMilli();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public Optional<Instant> backupStartsAt() {
    return Optional.ofNullable(backupStartsAt);
  }

  public String customerId() {
    return customerId;
  }

  public String photographerId() {
    return photographerId;
  }

  public String reference() {
    return reference;
  }

  public String policy() {
    return policy;
  }

  public Money price() {
    return Money.of(priceMinor, currency);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
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
        createdAt,
        backupStartsAt,
        rescheduleStartsAt,
        rescheduleAskedBy == null ? null : rescheduleAskedBy.name(),
        cancelledBy == null ? null : cancelledBy.name(),
        cancelReason == null ? null : cancelReason.name(),
        addons,
        Money.of(travelFeeMinor, currency),
        deliveryDue(),
        promisedPhotos == null ? 0 : promisedPhotos,
        deliveryLate(Instant.now()),
        disputedAt,
        disputeReason,
        JsonMaps.read(details));
  }

  /**
   * A party asks the operator to step in. The first dispute stands; asking again changes nothing.
   *
   * @return whether this call opened it
   */
  public boolean dispute(String userId, String reason, Instant at) {
    if (disputedAt != null) {
      return false;
    }
    disputedAt = at;
    disputeReason = reason;
    disputedBy = userId;
    return true;
  }

  public boolean disputed() {
    return disputedAt != null;
  }

  private static String newReference() {
    StringBuilder ref = new StringBuilder("BK-");
    for (int i = 0; i < 8; i++) {
      ref.append(REF_CHARS.charAt(RANDOM.nextInt(REF_CHARS.length())));
    }
    return ref.toString();
  }
}
