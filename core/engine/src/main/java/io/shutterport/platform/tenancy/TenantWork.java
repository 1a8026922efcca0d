package io.shutterport.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs work for a tenant on any thread: on a request's own thread it simply runs (the tenant must
 * be the same); on a background thread it gets a request scope of its own with the tenant entered,
 * as jobs do.
 */
@ApplicationScoped
public class TenantWork {
  @Inject TenantContext tenant;

  @ActivateRequestContext
  public <T> T call(String tenantId, Supplier<T> work) {
    tenant.enter(tenantId);
    return work.get();
  }
}
