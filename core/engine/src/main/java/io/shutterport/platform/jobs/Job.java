package io.shutterport.platform.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One unit of durable background work. */
@Entity
@Table(name = "job")
@NamedQuery(
    name = "Job.findDue",
    query =
        "SELECT j FROM Job j WHERE j.status = 'PENDING' AND j.runAt <= :now"
            + " AND (j.lockedUntil IS NULL OR j.lockedUntil < :now) ORDER BY j.runAt")
@NamedQuery(
    name = "Job.claim",
    query =
        "UPDATE Job j SET j.lockedBy = :node, j.lockedUntil = :until WHERE j.id = :id"
            + " AND j.status = 'PENDING' AND (j.lockedUntil IS NULL OR j.lockedUntil < :now)")
public class Job {
  static final int MAX_ATTEMPTS = 10;

  @Id private String id;

  @Column(name = "tenant_id")
  private String tenantId;

  private String kind;
  private String status;
  private String payload;

  @Column(name = "run_at")
  private Instant runAt;

  private int attempts;

  @Column(name = "locked_by")
  private String lockedBy;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "done_at")
  private Instant doneAt;

  /** The incident it was logged under when it was given up on; null otherwise. */
  private String incident;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  private Instant createdAt;

  /** The site address the job's cause came in on, for links in what the job sends; or null. */
  private String origin;

  protected Job() {}

  Job(String tenantId, String origin, String kind, String payload, Instant runAt) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = tenantId;
    this.origin = origin;
    this.kind = kind;
    this.status = "PENDING";
    this.payload = payload;
    this.runAt = runAt;
    this.createdAt = Instant.now();
  }

  String origin() {
    return origin;
  }

  void succeeded(Instant now) {
    status = "DONE";
    doneAt = now;
    lockedUntil = null;
  }

  /** Schedules a retry with exponential backoff, or gives up after {@link #MAX_ATTEMPTS}. */
  void failed(Instant now, String error) {
    attempts++;
    lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    lockedUntil = null;
    if (attempts >= MAX_ATTEMPTS) {
      status = "DEAD";
      doneAt = now;
    } else {
      runAt = now.plusSeconds(Math.min(300, 1L << attempts));
    }
  }

  public String id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public String kind() {
    return kind;
  }

  public String payload() {
    return payload;
  }

  public String status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  Instant runAt() {
    return runAt;
  }

  String lastError() {
    return lastError;
  }

  JobView view() {
    return new JobView(id, kind, attempts, lastError, doneAt, incident);
  }

  /** Whether it was given up on after every attempt. */
  boolean dead() {
    return "DEAD".equals(status);
  }

  void incident(String id) {
    incident = id;
  }

  /** Given up on: runs once more from now, with a fresh count of attempts. */
  void retry(Instant now) {
    status = "PENDING";
    incident = null;
    attempts = 0;
    runAt = now;
    doneAt = null;
    lockedBy = null;
    lockedUntil = null;
  }
}
