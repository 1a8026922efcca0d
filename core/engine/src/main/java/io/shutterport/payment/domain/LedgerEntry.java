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
 * One movement in the ledger. For every booking: charges = refunds + platform fees + payouts + held
 * funds.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends TenantOwned {
  /** Kinds of movement. */
  public enum Kind {
    CHARGE,
    PLATFORM_FEE,
    PAYOUT_HELD,
    PAYOUT,
    REFUND
  }

  @Id private String id;

  @Column(name = "booking_id")
  private String bookingId;

  private String kind;

  @Column(name = "amount_minor")
  private long amountMinor;

  private String currency;

  @Column(name = "created_at")
  private Instant createdAt;

  protected LedgerEntry() {}

  public LedgerEntry(String bookingId, Kind kind, Money amount) {
    this.id = UUID.randomUUID().toString();
    this.bookingId = bookingId;
    this.kind = kind.name();
    this.amountMinor = amount.minorUnits();
    this.currency = amount.currency();
    this.createdAt = Instant.now();
  }

  public Kind kind() {
    return Kind.valueOf(kind);
  }

  public Money amount() {
    return Money.of(amountMinor, currency);
  }
}
