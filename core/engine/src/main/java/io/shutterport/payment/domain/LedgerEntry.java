package io.shutterport.payment.domain;

import io.shutterport.payment.LedgerLine;
import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One movement in the ledger, with a signed amount: a correction is a new entry, never an edit. For
 * every booking, and in total: charges + credit spent = refunds + credits + platform fees + payouts
 * + held funds.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends TenantOwned {
  /** Kinds of movement. */
  public enum Kind {
    /** Money taken from the customer. */
    CHARGE,
    /** Money given back to the customer. */
    REFUND,
    /** Credit the customer can spend on a later booking. */
    CREDIT,
    /** Credit the customer spent on this booking: money in, like a charge. */
    CREDIT_SPENT,
    /** The platform's commission (negative when the platform funds compensation). */
    PLATFORM_FEE,
    /** The photographer's share, held until the delivery is accepted. */
    PAYOUT_HELD,
    /** The photographer's share, released for payout. */
    PAYOUT;

    /** Money coming in to the booking (charges and credit spent); the rest goes out of it. */
    public boolean incoming() {
      return this == CHARGE || this == CREDIT_SPENT;
    }
  }

  @Id private String id;

  @Column(name = "booking_id")
  private String bookingId;

  private String kind;

  @Column(name = "amount_minor")
  private long amountMinor;

  private String currency;

  @Column(name = "party_id")
  private String partyId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected LedgerEntry() {}

  /**
   * @param partyId the customer or photographer the entry concerns; null for the platform
   */
  public LedgerEntry(
      String bookingId, Kind kind, long signedMinor, String currency, String partyId) {
    this.id = UUID.randomUUID().toString();
    this.bookingId = bookingId;
    this.kind = kind.name();
    this.amountMinor = signedMinor;
    this.currency = currency;
    this.partyId = partyId;
    this.createdAt = Instant.now();
  }

  public Kind kind() {
    return Kind.valueOf(kind);
  }

  public long signedMinor() {
    return amountMinor;
  }

  public String currency() {
    return currency;
  }

  public LedgerLine view() {
    return new LedgerLine(kind, amountMinor, currency, createdAt);
  }
}
