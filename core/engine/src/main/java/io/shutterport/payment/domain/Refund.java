package io.shutterport.payment.domain;

import io.shutterport.platform.persistence.TenantOwned;
import io.shutterport.spi.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Money (or credit) going back to a customer. Written with its idempotency key before the provider
 * is called.
 */
@Entity
@Table(name = "refund")
public class Refund extends TenantOwned {
  /** Where a refund stands. */
  public enum Status {
    /** The provider returned the money. */
    DONE,
    /** The provider cannot refund by itself (bank transfer): the operator pays it back. */
    MANUAL,
    /** Kept as credit; nothing goes to the provider. */
    CREDITED
  }

  @Id private String id;

  @Column(name = "payment_id")
  private String paymentId;

  @Column(name = "booking_id")
  private String bookingId;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "amount_minor")
  private long amountMinor;

  private String currency;

  @Column(name = "as_credit")
  private boolean asCredit;

  private String reason;
  private String status;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Refund() {}

  public Refund(
      String paymentId,
      String bookingId,
      String idempotencyKey,
      Money amount,
      boolean asCredit,
      String reason,
      Status status) {
    this.id = UUID.randomUUID().toString();
    this.paymentId = paymentId;
    this.bookingId = bookingId;
    this.idempotencyKey = idempotencyKey;
    this.amountMinor = amount.minorUnits();
    this.currency = amount.currency();
    this.asCredit = asCredit;
    this.reason = reason;
    this.status = status.name();
    this.createdAt = Instant.now();
  }

  public void status(Status status) {
    this.status = status.name();
  }
}
