package io.shutterport.matching.domain;

import io.shutterport.platform.persistence.TenantOwned;
import io.shutterport.spi.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A customer describes a shoot; photographers answer with proposals. */
@Entity
@Table(name = "shoot_request")
public class ShootRequest extends TenantOwned {
  /** Where a shoot request stands. */
  public enum Status {
    OPEN,
    BOOKED,
    CLOSED
  }

  @Id private String id;

  @Column(name = "customer_id")
  private String customerId;

  @Column(name = "category_id")
  private String categoryId;

  private String prefecture;
  private String city;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  @Column(name = "budget_minor")
  private long budgetMinor;

  private String currency;
  private String note;
  private String status;

  @Column(name = "booking_id")
  private String bookingId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected ShootRequest() {}

  public ShootRequest(
      String customerId,
      String categoryId,
      String prefecture,
      String city,
      Instant startsAt,
      int durationMinutes,
      Money budget,
      String note) {
    this.id = UUID.randomUUID().toString();
    this.customerId = customerId;
    this.categoryId = categoryId;
    this.prefecture = prefecture;
    this.city = city;
    this.startsAt = startsAt;
    this.durationMinutes = durationMinutes;
    this.budgetMinor = budget.minorUnits();
    this.currency = budget.currency();
    this.note = note;
    this.status = Status.OPEN.name();
    this.createdAt = Instant.now();
  }

  /** A proposal was accepted and became this booking. */
  public void booked(String bookingId) {
    this.status = Status.BOOKED.name();
    this.bookingId = bookingId;
  }

  public void close() {
    this.status = Status.CLOSED.name();
  }

  public boolean open() {
    return Status.OPEN.name().equals(status) && startsAt.isAfter(Instant.now());
  }

  public String id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public String prefecture() {
    return prefecture;
  }

  public String categoryId() {
    return categoryId;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  public String note() {
    return note;
  }

  public Money budget() {
    return Money.of(budgetMinor, currency);
  }

  public io.shutterport.matching.ShootRequestView view(
      java.util.List<io.shutterport.matching.ProposalView> proposals) {
    return new io.shutterport.matching.ShootRequestView(
        id,
        categoryId,
        prefecture,
        city,
        startsAt,
        durationMinutes,
        budget(),
        note,
        open() ? Status.OPEN.name() : status.equals(Status.OPEN.name()) ? "EXPIRED" : status,
        bookingId,
        proposals);
  }
}
