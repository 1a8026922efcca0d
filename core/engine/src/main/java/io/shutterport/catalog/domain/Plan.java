package io.shutterport.catalog.domain;

import io.shutterport.catalog.PlanView;
import io.shutterport.platform.persistence.TenantOwned;
import io.shutterport.spi.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something a photographer sells: a shoot of a category, length and price. */
@Entity
@Table(name = "plan")
public class Plan extends TenantOwned {
  @Id private String id;

  @Column(name = "photographer_id")
  private String photographerId;

  @Column(name = "category_id")
  private String categoryId;

  private String title;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  @Column(name = "price_minor")
  private long priceMinor;

  private String currency;

  @Column(name = "photo_count")
  private int photoCount;

  @Column(name = "created_at")
  private Instant createdAt;

  /** Overrides the tenant's cancellation policy when set (text form). */
  @Column(name = "cancellation_policy")
  private String cancellationPolicy;

  @Column(name = "delivery_days")
  private int deliveryDays = 14;

  @Column(name = "extra_minutes")
  private Integer extraMinutes;

  @Column(name = "extra_price_minor")
  private Long extraPriceMinor;

  @Column(name = "express_days")
  private Integer expressDays;

  @Column(name = "express_price_minor")
  private Long expressPriceMinor;

  @Column(name = "instant_book")
  private boolean instantBook;

  @Column(name = "selection_limit")
  private Integer selectionLimit;

  /** When the photographer stopped offering it; null while offered. */
  @Column(name = "retired_at")
  private Instant retiredAt;

  protected Plan() {}

  public Plan(
      String photographerId,
      String categoryId,
      String title,
      int durationMinutes,
      Money price,
      int photoCount) {
    this.id = UUID.randomUUID().toString();
    this.photographerId = photographerId;
    this.categoryId = categoryId;
    this.title = title;
    this.durationMinutes = durationMinutes;
    this.priceMinor = price.minorUnits();
    this.currency = price.currency();
    this.photoCount = photoCount;
    this.createdAt = Instant.now();
  }

  public String photographerId() {
    return photographerId;
  }

  /** Changes what the plan is; bookings already made keep the terms they were made on. */
  public Plan describe(
      String categoryId, String title, int durationMinutes, long priceMinor, int photoCount) {
    this.categoryId = categoryId;
    this.title = title;
    this.durationMinutes = durationMinutes;
    this.priceMinor = priceMinor;
    this.photoCount = photoCount;
    return this;
  }

  /** Whether a request for this plan is accepted at once, on the photographer's behalf. */
  public Plan instantBook(boolean instantBook) {
    this.instantBook = instantBook;
    return this;
  }

  /** How many delivered photos the customer may select; null: no limit. */
  public Plan selectionLimit(Integer limit) {
    this.selectionLimit = limit;
    return this;
  }

  public Integer selectionLimit() {
    return selectionLimit;
  }

  /** No longer offered: kept for the bookings made with it. */
  public void retire() {
    if (retiredAt == null) {
      retiredAt = Instant.now();
    }
  }

  public boolean retired() {
    return retiredAt != null;
  }

  /** Sets delivery time and add-ons; the caller has validated them. Null pairs offer none. */
  public Plan delivery(
      int deliveryDays,
      Integer extraMinutes,
      Long extraPrice,
      Integer expressDays,
      Long expressPrice) {
    this.deliveryDays = deliveryDays;
    this.extraMinutes = extraMinutes;
    this.extraPriceMinor = extraPrice;
    this.expressDays = expressDays;
    this.expressPriceMinor = expressPrice;
    return this;
  }

  public PlanView view() {
    return new PlanView(
        id,
        photographerId,
        categoryId,
        title,
        durationMinutes,
        Money.of(priceMinor, currency),
        photoCount,
        cancellationPolicy,
        deliveryDays,
        extraMinutes,
        extraPriceMinor == null ? null : Money.of(extraPriceMinor, currency),
        expressDays,
        expressPriceMinor == null ? null : Money.of(expressPriceMinor, currency),
        instantBook,
        selectionLimit);
  }
}
