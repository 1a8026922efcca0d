package io.shutterport.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Claims and settles jobs, each step in its own transaction. Works outside any request, so it
 * manages its own short-lived entity managers.
 */
@ApplicationScoped
public class JobStore implements Retention {
  @PersistenceUnit(unitName = "shutterport")
  EntityManagerFactory factory;

  private <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.joinTransaction();
      T result = work.apply(em);
      em.flush();
      return result;
    } finally {
      em.close();
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Job> due(int limit) {
    return inTransaction(
        em ->
            em.createNamedQuery("Job.findDue", Job.class)
                .setParameter("now", Instant.now())
                .setMaxResults(limit)
                .getResultList());
  }

  /** True if this node now holds the job; false if another node took it first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String jobId, String node, Duration lease) {
    Instant now = Instant.now();
    return inTransaction(
        em ->
            em.createNamedQuery("Job.claim")
                    .setParameter("node", node)
                    .setParameter("until", now.plus(lease))
                    .setParameter("id", jobId)
                    .setParameter("now", now)
                    .executeUpdate()
                == 1);
  }

  /** Extends this node's lease on a running job; false if the job is no longer this node's. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean renew(String jobId, String node, Duration lease) {
    return inTransaction(
        em ->
            em.createQuery(
                        "UPDATE Job j SET j.lockedUntil = :until WHERE j.id = :id"
                            + " AND j.lockedBy = :node AND j.status = 'PENDING'")
                    .setParameter("until", Instant.now().plus(lease))
                    .setParameter("id", jobId)
                    .setParameter("node", node)
                    .executeUpdate()
                == 1);
  }

  /**
   * Lets go of the jobs a stopping node still holds, so that other nodes take them at once instead
   * of when the leases run out; returns how many.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int release(String node) {
    return inTransaction(
        em ->
            em.createQuery(
                    "UPDATE Job j SET j.lockedBy = NULL, j.lockedUntil = NULL WHERE j.lockedBy ="
                        + " :node AND j.status = 'PENDING'")
                .setParameter("node", node)
                .executeUpdate());
  }

  private static final java.util.Map<String, String> COLUMNS =
      java.util.Map.of("kind", "j.kind", "attempts", "j.attempts", "finished", "j.doneAt");

  /** One page of a tenant's dead jobs (given up after every attempt), filtered by kind. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<JobView> dead(
      String tenantId, io.shutterport.platform.persistence.RecordsQuery query) {
    return inTransaction(
        em -> deadOf(tenantId, query).page(em, Job.class, query).stream().map(Job::view).toList());
  }

  /** How many dead jobs {@link #dead}'s filters keep. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long countDead(String tenantId, io.shutterport.platform.persistence.RecordsQuery query) {
    return inTransaction(em -> deadOf(tenantId, query).count(em));
  }

  private static io.shutterport.platform.persistence.Records deadOf(
      String tenantId, io.shutterport.platform.persistence.RecordsQuery query) {
    return io.shutterport.platform.persistence.Records.of("Job", "j", COLUMNS, "j.doneAt")
        .equal("j.tenantId", tenantId)
        .equal("j.status", "DEAD")
        .containing("j.kind", query.filter("kind"))
        .containing("j.lastError", query.filter("error"));
  }

  /**
   * Runs a tenant's dead job again from now; empty when the tenant has no such job, false when it
   * is not dead (it runs, or ran again meanwhile). Joins the caller's transaction, so that its
   * audit entry and the retry commit together.
   */
  @Transactional
  public java.util.Optional<Boolean> retry(String tenantId, String jobId) {
    return inTransaction(
        em -> {
          Job job = em.find(Job.class, jobId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
          if (job == null || !job.tenantId().equals(tenantId)) {
            return java.util.Optional.empty();
          }
          if (!"DEAD".equals(job.status())) {
            return java.util.Optional.of(false);
          }
          job.retry(Instant.now());
          return java.util.Optional.of(true);
        });
  }

  @Override
  public String what() {
    return "finished jobs";
  }

  /** Done jobs finished before {@code before} go; dead ones stay for the operator. */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int pruneBefore(Instant before) {
    return inTransaction(
        em ->
            em.createQuery("DELETE FROM Job j WHERE j.status = 'DONE' AND j.doneAt < :before")
                .setParameter("before", before)
                .executeUpdate());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String jobId) {
    inTransaction(
        em -> {
          Job job = em.find(Job.class, jobId);
          if (job != null) {
            job.succeeded(Instant.now());
          }
          return job;
        });
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String jobId, String error) {
    inTransaction(
        em -> {
          Job job = em.find(Job.class, jobId);
          if (job != null) {
            job.failed(Instant.now(), error);
            if (job.dead()) {
              job.incident(
                  io.shutterport.platform.error.Incidents.open(
                      "job "
                          + job.id()
                          + " ("
                          + job.kind()
                          + ", tenant "
                          + job.tenantId()
                          + ") given up after "
                          + job.attempts()
                          + " attempts: "
                          + error,
                      null));
            }
          }
          return job;
        });
  }

  /** How many jobs wait to run, across all tenants. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long pending() {
    return countWithStatus("PENDING");
  }

  /** How many jobs were given up on, across all tenants. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long deadCount() {
    return countWithStatus("DEAD");
  }

  private long countWithStatus(String status) {
    return inTransaction(
        em ->
            em.createQuery("SELECT COUNT(j) FROM Job j WHERE j.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult());
  }

  /** When the longest-waiting job that is due now became due; null when none is waiting. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Instant oldestDue() {
    Instant now = Instant.now();
    return inTransaction(
        em ->
            // The attribute itself, not MIN(): an aggregate skips the column's converter.
            em.createQuery(
                    "SELECT j.runAt FROM Job j WHERE j.status = 'PENDING' AND j.runAt <= :now"
                        + " ORDER BY j.runAt",
                    Instant.class)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null));
  }
}
