package io.shutterport.platform.jobs;

import io.shutterport.platform.config.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Polls for due jobs on every node and runs the ones this node claims. */
@ApplicationScoped
public class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
  private static final Duration LEASE = Duration.ofMinutes(5);

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject JobStore store;
  @Inject JobExecutor executor;
  @Inject Settings settings;

  private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
  private ScheduledFuture<?> task;

  public synchronized void start() {
    if (task == null) {
      long poll = settings.jobPoll().toMillis();
      task = scheduler.scheduleWithFixedDelay(this::safePoll, poll, poll, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }

  private void safePoll() {
    try {
      poll();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Job poll failed; will try again", e);
    }
  }

  /** Runs the due jobs this node can claim; returns how many ran. */
  public int poll() {
    List<Job> due = store.due(20);
    int ran = 0;
    for (Job job : due) {
      if (!store.claim(job.id(), node, LEASE)) {
        continue;
      }
      ran++;
      try {
        executor.run(job);
        store.succeeded(job.id());
      } catch (RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null) {
          root = root.getCause();
        }
        LOG.log(
            Level.WARNING,
            "Job {0} ({1}, tenant {2}) failed: {3}",
            new Object[] {job.id(), job.kind(), job.tenantId(), root.toString()});
        store.failed(job.id(), root.getClass().getName() + ": " + root.getMessage());
      }
    }
    return ran;
  }
}
