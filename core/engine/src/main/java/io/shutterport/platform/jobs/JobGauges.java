package io.shutterport.platform.jobs;

import io.shutterport.platform.telemetry.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/** The job queue as gauges: its depth, how long its oldest due job has waited, dead jobs. */
@ApplicationScoped
public class JobGauges {
  @Inject JobStore store;

  @Produces
  Gauge pending() {
    return Gauge.of(
        "shutterport.jobs.pending", "Background jobs waiting to run", "{job}", store::pending);
  }

  @Produces
  Gauge waiting() {
    return Gauge.of(
        "shutterport.jobs.due.age",
        "How long the oldest job that is due has waited for a worker",
        "s",
        () -> {
          Instant due = store.oldestDue();
          return due == null ? 0 : Math.max(0, Duration.between(due, Instant.now()).toSeconds());
        });
  }

  @Produces
  Gauge dead() {
    return Gauge.of(
        "shutterport.jobs.dead",
        "Jobs given up on after every attempt, waiting for an operator",
        "{job}",
        store::deadCount);
  }
}
