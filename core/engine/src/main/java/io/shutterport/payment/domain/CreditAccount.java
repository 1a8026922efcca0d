package io.shutterport.payment.domain;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's credit in one currency. Its balance only moves through conditional updates in {@code
 * PaymentRepository}, so two payments racing for the same credit cannot both spend it; the ledger
 * records every movement.
 */
@Entity
@Table(name = "credit_account")
public class CreditAccount extends TenantOwned {
  @Id private String id;

  @Column(name = "customer_id")
  private String customerId;

  private String currency;

  @Column(name = "balance_minor")
  private long balanceMinor;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected CreditAccount() {}

  public CreditAccount(String customerId, String currency, long balanceMinor) {
    this.id = UUID.randomUUID().toString();
    this.customerId = customerId;
    this.currency = currency;
    this.balanceMinor = balanceMinor;
    this.updatedAt = Instant.now();
  }

  public String currency() {
    return currency;
  }

  public long balanceMinor() {
    return balanceMinor;
  }
}
