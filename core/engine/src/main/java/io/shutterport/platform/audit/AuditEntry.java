package io.shutterport.platform.audit;

import io.shutterport.platform.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the audit log; never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwned {
  @Id private String id;

  @Column(name = "actor_id")
  private String actorId;

  private String action;
  private String target;
  private String detail;

  @Column(name = "created_at")
  private Instant createdAt;

  protected AuditEntry() {}

  AuditEntry(String actorId, String action, String target, String detail) {
    this.id = UUID.randomUUID().toString();
    this.actorId = actorId;
    this.action = action;
    this.target = target;
    this.detail = detail;
    this.createdAt = Instant.now();
  }

  AuditView view() {
    return new AuditView(id, actorId, action, target, detail, createdAt);
  }
}
