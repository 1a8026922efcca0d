package io.shutterport.platform.jobs;

import io.shutterport.platform.config.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls for due jobs on every node and runs the ones this node claims, up to {@code
 * SHUTTERPORT_JOBS_WORKERS} at once. A claim is a lease: while a job runs, its lease is renewed, so
 * a long job is not taken by another node meanwhile, and a node that dies lets its jobs go when
 * their leases run out. Every {@code SHUTTERPORT_RETENTION_EVERY} it prunes what the features keep
 * only for a while ({@link Retention}).
 */
@ApplicationScoped
public class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ScheduledExecutorService scheduler;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ExecutorService workers;

  @Inject JobStore store;
  @Inject JobExecutor executor;
  @Inject Settings settings;
  @Inject Instance<Retention> retentions;
  @Inject io.shutterport.platform.telemetry.Telemetry telemetry;

  /** How long each job ran, by kind and outcome (photo derivatives among them). */
  private io.opentelemetry.api.metrics.LongHistogram durations;

  /** How long a claim holds before another node may take the job; renewed a third of the way. */
  Duration lease = Duration.ofMinutes(5);

  /**
   * How long a stopping node waits for its running jobs before letting them go to other nodes
   * (within Open Liberty's 30 s quiesce).
   */
  Duration stopGrace = Duration.ofSeconds(15);

  private final String node = "node-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger running = new AtomicInteger();
  private ScheduledFuture<?> task;
  private ScheduledFuture<?> pruning;

  /** Starts polling and pruning, unless this node only serves requests. */
  public synchronized void start() {
    if (!settings.nodeRole().runsJobs()) {
      LOG.info("Web-only node: background jobs run on the worker nodes");
      return;
    }
    if (task == null) {
      lease = settings.jobLease();
      long poll = settings.jobPoll().toMillis();
      task = scheduler.scheduleWithFixedDelay(this::safePoll, poll, poll, TimeUnit.MILLISECONDS);
      long every = settings.retentionEvery().toMillis();
      pruning = scheduler.scheduleWithFixedDelay(this::prune, every, every, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Stops claiming; waits up to {@link #stopGrace} for the running jobs, then releases the claims
   * this node still holds, so that a graceful stop (a rolling restart) delays no job by a lease.
   */
  @PreDestroy
  synchronized void stop() {
    if (task == null) {
      return;
    }
    task.cancel(false);
    pruning.cancel(false);
    task = null;
    pruning = null;
    long deadline = System.nanoTime() + stopGrace.toNanos();
    try {
      while (running.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      int released = store.release(node);
      if (released > 0) {
        LOG.log(Level.INFO, "Stopping: {0} unfinished jobs released to other nodes", released);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Stopping: claims not released; they lapse with their lease", e);
    }
  }

  private void safePoll() {
    try {
      poll();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Job poll failed; will try again", e);
    }
  }

  /** How many jobs this node runs now. */
  public int running() {
    return running.get();
  }

  /**
   * Claims as many due jobs as this node has free workers and starts them; returns how many
   * started.
   */
  public int poll() {
    int free = settings.jobWorkers() - running.get();
    if (free <= 0) {
      return 0;
    }
    List<Job> due = store.due(free * 2); // some may be claimed by other nodes meanwhile
    int started = 0;
    for (Job job : due) {
      if (started == free) {
        break;
      }
      if (!store.claim(job.id(), node, lease)) {
        continue;
      }
      started++;
      running.incrementAndGet();
      try {
        workers.execute(() -> run(job));
      } catch (RuntimeException e) { // the executor refused it (shutting down): the lease lapses
        running.decrementAndGet();
        LOG.log(Level.WARNING, "Job {0} not started: {1}", new Object[] {job.id(), e});
      }
    }
    return started;
  }

  private io.shutterport.platform.telemetry.Telemetry telemetry() {
    if (telemetry == null) {
      telemetry = io.shutterport.platform.telemetry.Telemetry.none(); // built outside a container
    }
    return telemetry;
  }

  private io.opentelemetry.api.metrics.LongHistogram durations() {
    if (durations == null) {
      durations =
          telemetry()
              .meter()
              .histogramBuilder("shutterport.jobs.duration")
              .ofLongs()
              .setUnit("ms")
              .setDescription("How long a background job ran, by kind and outcome")
              .build();
    }
    return durations;
  }

  private void run(Job job) {
    long every = Math.max(1, lease.toMillis() / 3);
    ScheduledFuture<?> renewal =
        scheduler.scheduleWithFixedDelay(() -> renew(job), every, every, TimeUnit.MILLISECONDS);
    io.opentelemetry.api.trace.Span span =
        telemetry()
            .tracer()
            .spanBuilder("job " + job.kind())
            .setSpanKind(io.opentelemetry.api.trace.SpanKind.CONSUMER)
            .setAttribute("shutterport.job.id", job.id())
            .setAttribute("shutterport.job.kind", job.kind())
            .setAttribute("shutterport.tenant", job.tenantId())
            .setAttribute("shutterport.job.attempt", job.attempts() + 1L)
            .startSpan();
    long started = System.nanoTime();
    String outcome = "failed";
    try (io.opentelemetry.context.Scope scope = span.makeCurrent()) {
      executor.run(job);
      store.succeeded(job.id());
      outcome = "succeeded";
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR);
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      LOG.log(
          Level.WARNING,
          "Job {0} ({1}, tenant {2}) failed: {3}",
          new Object[] {job.id(), job.kind(), job.tenantId(), root.toString()});
      store.failed(job.id(), root.getClass().getName() + ": " + root.getMessage());
    } finally {
      span.end();
      durations()
          .record(
              (System.nanoTime() - started) / 1_000_000,
              io.opentelemetry.api.common.Attributes.of(
                  io.opentelemetry.api.common.AttributeKey.stringKey("kind"),
                  job.kind(),
                  io.opentelemetry.api.common.AttributeKey.stringKey("outcome"),
                  outcome));
      renewal.cancel(false);
      running.decrementAndGet();
    }
  }

  private void renew(Job job) {
    try {
      if (!store.renew(job.id(), node, lease)) {
        LOG.log(Level.WARNING, "Job {0}: lease lost while running", job.id());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Job {0}: lease not renewed; will try again", job.id());
    }
  }

  /** Prunes what each feature keeps only for {@code SHUTTERPORT_RETENTION_KEEP}. */
  public void prune() {
    Instant before = Instant.now().minus(settings.retentionKeep());
    for (Retention retention : retentions) {
      try {
        int gone = retention.pruneBefore(before);
        if (gone > 0) {
          LOG.log(Level.INFO, "Pruned {0} {1}", new Object[] {gone, retention.what()});
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Pruning " + retention.what() + " failed; will try again", e);
      }
    }
  }
}
