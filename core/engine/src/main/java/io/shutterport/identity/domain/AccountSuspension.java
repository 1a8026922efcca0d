package io.shutterport.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account an operator suspended (not tenant-filtered: every node holds the whole set). */
@Entity
@Table(name = "account_suspension")
public class AccountSuspension {
  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(name = "tenant_id")
  private String tenantId;

  @Column(name = "suspended_by")
  private String suspendedBy;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  protected AccountSuspension() {}

  public AccountSuspension(String userId, String tenantId, String suspendedBy, Instant at) {
    this.userId = userId;
    this.tenantId = tenantId;
    this.suspendedBy = suspendedBy;
    this.suspendedAt = at;
  }

  public String userId() {
    return userId;
  }

  public String tenantId() {
    return tenantId;
  }
}
