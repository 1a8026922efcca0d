package io.shutterport.platform.jobs;

import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Runs one job's handler inside its own request scope, tenant and transaction. */
@ApplicationScoped
public class JobExecutor {
  @Inject TenantContext tenant;
  @Inject @Any Instance<JobHandler> handlers;

  @ActivateRequestContext
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run(Job job) {
    tenant.enter(job.tenantId(), job.origin());
    handler(job.kind()).handle(job.payload());
  }

  private JobHandler handler(String kind) {
    for (JobHandler handler : handlers) {
      if (handler.kind().equals(kind)) {
        return handler;
      }
    }
    throw new IllegalStateException("no handler for job kind " + kind);
  }
}
