package io.shutterport.console;

import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.audit.AuditLog;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.jobs.JobStore;
import io.shutterport.platform.jobs.JobView;
import io.shutterport.platform.persistence.RecordsQuery;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The marketplace's background jobs that were given up on after every attempt (a mail the SMTP
 * server kept refusing, a photo whose original could not be read), for its operator to read and run
 * again once the cause is fixed. Each retry is audited.
 */
@ApplicationScoped
public class DeadJobs {
  @Inject JobStore jobs;
  @Inject IdentityService identity;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;

  /**
   * One page of dead jobs: filters {@code kind} and {@code error}; sorts kind, attempts, finished.
   */
  public List<JobView> page(String operatorId, RecordsQuery query) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return jobs.dead(tenant.require(), query.checked());
  }

  /** How many dead jobs {@link #page}'s filters keep. */
  public long count(String operatorId, RecordsQuery query) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return jobs.countDead(tenant.require(), query.checked());
  }

  /** Runs a dead job again from now: 404 for another marketplace's, 409 if it is not dead. */
  @jakarta.transaction.Transactional
  public void retry(String operatorId, String jobId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    if (jobId == null || jobId.length() > 36) {
      throw new NotFoundException("job");
    }
    boolean retried =
        jobs.retry(tenant.require(), jobId).orElseThrow(() -> new NotFoundException("job"));
    if (!retried) {
      throw new JobNotDeadException();
    }
    audit.record(operatorId, "job.retry", jobId, "");
  }
}
