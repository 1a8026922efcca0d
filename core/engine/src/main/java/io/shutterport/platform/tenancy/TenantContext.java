package io.shutterport.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant of the current request, resolved once from the host name, or of the current job. Set
 * once; setting another tenant in the same scope is a programming error.
 */
@RequestScoped
public class TenantContext {
  private String tenantId;
  private String origin;
  private String client;

  /**
   * Enters a tenant for this scope.
   *
   * @param tenantId the tenant
   * @param origin the base URL the request came in on (for links in mails); null in jobs
   */
  public void enter(String tenantId, String origin) {
    enter(tenantId);
    this.origin = origin;
  }

  /** The base URL of the current request, e.g. {@code http://sakura.localhost:9080}. */
  public String origin() {
    return origin == null ? "" : origin;
  }

  /**
   * The address the request came from (the client's, when a trusted proxy forwarded it), for limits
   * per client; empty in jobs.
   */
  public String client() {
    return client == null ? "" : client;
  }

  public void client(String address) {
    this.client = address;
  }

  public void enter(String tenantId) {
    if (this.tenantId != null && !this.tenantId.equals(tenantId)) {
      throw new IllegalStateException("tenant already set for this request");
    }
    this.tenantId = tenantId;
  }

  public Optional<String> current() {
    return Optional.ofNullable(tenantId);
  }

  /** The tenant id; throws if none was resolved (so nothing tenant-owned leaks). */
  public String require() {
    if (tenantId == null) {
      throw new IllegalStateException("no tenant in this context");
    }
    return tenantId;
  }
}
