package io.shutterport.matching.domain;

import io.shutterport.platform.persistence.TenantOwned;
import io.shutterport.spi.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A photographer's answer to a shoot request: their price and a message. */
@Entity
@Table(name = "proposal")
public class Proposal extends TenantOwned {
  @Id private String id;

  @Column(name = "request_id")
  private String requestId;

  @Column(name = "photographer_id")
  private String photographerId;

  @Column(name = "plan_id")
  private String planId;

  @Column(name = "price_minor")
  private long priceMinor;

  private String currency;
  private String message;
  private String status;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Proposal() {}

  public Proposal(
      String requestId, String photographerId, String planId, Money price, String message) {
    this.id = UUID.randomUUID().toString();
    this.requestId = requestId;
    this.photographerId = photographerId;
    this.planId = planId;
    this.priceMinor = price.minorUnits();
    this.currency = price.currency();
    this.message = message;
    this.status = "OPEN";
    this.createdAt = Instant.now();
  }

  public void decide(boolean accepted) {
    status = accepted ? "ACCEPTED" : "REJECTED";
  }

  public String id() {
    return id;
  }

  public String requestId() {
    return requestId;
  }

  public String planId() {
    return planId;
  }

  public String photographerId() {
    return photographerId;
  }

  public Money price() {
    return Money.of(priceMinor, currency);
  }

  public io.shutterport.matching.ProposalView view(String photographerName) {
    return new io.shutterport.matching.ProposalView(
        id, photographerId, photographerName, price(), message, status, createdAt);
  }
}
