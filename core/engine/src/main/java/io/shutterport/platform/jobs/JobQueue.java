package io.shutterport.platform.jobs;

import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Enqueues jobs in the caller's transaction, for the caller's tenant and with the site address the
 * caller came in on, which a job passes on to the jobs it enqueues: links in mails a job sends
 * point at the host the booking was made on.
 */
@ApplicationScoped
public class JobQueue {
  @Inject Db db;
  @Inject TenantContext tenant;

  /** Adds a job that runs as soon as a node is free; commits with the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(String kind, String payload) {
    schedule(kind, payload, Instant.now());
  }

  /**
   * Adds a job that runs at {@code runAt}, or at once when that has passed (after downtime too);
   * commits with the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void schedule(String kind, String payload, Instant runAt) {
    String origin = tenant.origin().isEmpty() ? null : tenant.origin();
    db.platformEm().persist(new Job(tenant.require(), origin, kind, payload, runAt));
  }
}
