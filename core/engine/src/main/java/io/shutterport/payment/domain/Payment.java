package io.shutterport.payment.domain;

import io.shutterport.payment.PaymentView;
import io.shutterport.platform.persistence.TenantOwned;
import io.shutterport.spi.Money;
import io.shutterport.spi.payment.PaymentResult;
import io.shutterport.spi.payment.PaymentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One payment of a booking through a provider. */
@Entity
@Table(name = "payment")
public class Payment extends TenantOwned {
  @Id private String id;

  @Column(name = "booking_id")
  private String bookingId;

  @Column(name = "provider_id")
  private String providerId;

  @Column(name = "provider_payment_id")
  private String providerPaymentId;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  private String status;

  @Column(name = "amount_minor")
  private long amountMinor;

  private String currency;

  @Column(name = "credit_minor")
  private long creditMinor;

  @Column(name = "instructions_ja")
  private String instructionsJa;

  @Column(name = "instructions_en")
  private String instructionsEn;

  @Column(name = "client_token")
  private String clientToken;

  /** BOOKING or TIP. */
  private String purpose = "BOOKING";

  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Payment() {}

  /** Records the intent to pay before the provider is called. */
  public Payment(String bookingId, String providerId, String idempotencyKey, Money amount) {
    this.id = UUID.randomUUID().toString();
    this.bookingId = bookingId;
    this.providerId = providerId;
    this.idempotencyKey = idempotencyKey;
    this.providerPaymentId = "";
    this.status = "CREATED";
    this.amountMinor = amount.minorUnits();
    this.currency = amount.currency();
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** The part of the price paid from the customer's credit, besides {@link #amount()}. */
  public Payment withCredit(Money credit) {
    creditMinor = credit.minorUnits();
    return this;
  }

  /** Gives back the credit of a payment that will not complete; a second call gives nothing. */
  public Money returnCredit() {
    Money credit = credit();
    creditMinor = 0;
    updatedAt = Instant.now();
    return credit;
  }

  /** Nothing is left for a provider to take: credit paid it all. */
  public void capturedFromCredit() {
    status = PaymentStatus.CAPTURED.name();
    updatedAt = Instant.now();
  }

  /** Takes in what the provider said. */
  public void record(PaymentResult result) {
    if (result.providerPaymentId() != null) {
      providerPaymentId = result.providerPaymentId();
    }
    status = result.status().name();
    if (result.clientToken() != null && result.clientToken().length() <= 255) {
      clientToken = result.clientToken();
    }
    if (result.customerInstructions() != null) {
      instructionsJa = clip(result.customerInstructions().in("ja"));
      instructionsEn = clip(result.customerInstructions().in("en"));
    }
    updatedAt = Instant.now();
  }

  public boolean captured() {
    return PaymentStatus.CAPTURED.name().equals(status);
  }

  /** A payment for a tip after delivery, not for the booking itself. */
  public Payment asTip() {
    purpose = "TIP";
    return this;
  }

  public boolean tip() {
    return "TIP".equals(purpose);
  }

  /** Marks the money booked in the ledger; false when it already was. */
  public boolean settle() {
    if (settledAt != null || !captured()) {
      return false;
    }
    settledAt = Instant.now();
    return true;
  }

  public boolean authorised() {
    return PaymentStatus.AUTHORISED.name().equals(status);
  }

  /** The provider reports a state (webhook); captured stays captured. */
  public void providerSays(PaymentStatus reported) {
    if (!captured()) {
      status = reported.name();
      updatedAt = Instant.now();
    }
  }

  /**
   * Whether the provider still holds something the customer may complete or was promised: an
   * authorisation, or a form waiting for the card.
   */
  public boolean open() {
    return authorised() || PaymentStatus.REQUIRES_ACTION.name().equals(status);
  }

  /** The payment as the operator's list shows it. */
  public io.shutterport.payment.PaymentRecord record() {
    return new io.shutterport.payment.PaymentRecord(
        id, bookingId, providerId, status, tip(), amount(), credit(), createdAt);
  }

  public boolean awaitingOffline() {
    return PaymentStatus.AWAITING_OFFLINE_PAYMENT.name().equals(status);
  }

  public String id() {
    return id;
  }

  public String bookingId() {
    return bookingId;
  }

  public String providerPaymentId() {
    return providerPaymentId;
  }

  public Money amount() {
    return Money.of(amountMinor, currency);
  }

  /** Paid from credit, on top of {@link #amount()}. */
  public Money credit() {
    return Money.of(creditMinor, currency);
  }

  public PaymentView view() {
    return new PaymentView(
        id,
        bookingId,
        providerId,
        status,
        amount(),
        credit(),
        instructionsJa,
        instructionsEn,
        clientToken);
  }

  private static String clip(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
  }
}
