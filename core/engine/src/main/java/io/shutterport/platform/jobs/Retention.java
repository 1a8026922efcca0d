package io.shutterport.platform.jobs;

import java.time.Instant;

/**
 * Rows a feature keeps only for a while once they are finished (done jobs, sent mails): the job
 * runner asks every implementation to prune them on a schedule ({@code SHUTTERPORT_RETENTION_KEEP},
 * {@code SHUTTERPORT_RETENTION_EVERY}). Pruning is idempotent, so every node may run it.
 */
public interface Retention {
  /** What is pruned, for the log (e.g. {@code finished jobs}). */
  String what();

  /** Deletes the finished rows older than {@code before}, in all tenants; how many went. */
  int pruneBefore(Instant before);
}
