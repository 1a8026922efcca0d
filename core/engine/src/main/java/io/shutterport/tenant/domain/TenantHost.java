package io.shutterport.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A host name a tenant answers on. */
@Entity
@Table(name = "tenant_host")
public class TenantHost {
  @Id private String host;

  @Column(name = "tenant_id")
  private String tenantId;

  protected TenantHost() {}

  public TenantHost(String host, String tenantId) {
    this.host = host;
    this.tenantId = tenantId;
  }

  public String tenantId() {
    return tenantId;
  }

  public String host() {
    return host;
  }
}
