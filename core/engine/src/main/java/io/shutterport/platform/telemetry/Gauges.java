package io.shutterport.platform.telemetry;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every {@link Gauge} on a managed thread every {@link #EVERY} and hands the last values to
 * OpenTelemetry, whose exporter asks for them on its own thread (where the database must not be
 * queried). Every node reports the same cluster-wide numbers; a dashboard takes the largest.
 */
@ApplicationScoped
public class Gauges {
  static final Duration EVERY = Duration.ofSeconds(15);
  private static final Logger LOG = Logger.getLogger(Gauges.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ScheduledExecutorService scheduler;

  @Inject Instance<Gauge> gauges;
  @Inject Telemetry telemetry;

  private final Map<String, Long> last = new ConcurrentHashMap<>();
  private final java.util.Set<String> failing = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> task;

  /** Registers the gauges and starts reading them. */
  public synchronized void start() {
    if (task != null) {
      return;
    }
    for (Gauge gauge : gauges) {
      String name = gauge.name();
      telemetry
          .meter()
          .gaugeBuilder(name)
          .ofLongs()
          .setDescription(gauge.description())
          .setUnit(gauge.unit())
          .buildWithCallback(
              m -> {
                Long value = last.get(name);
                if (value != null) {
                  m.record(value);
                }
              });
    }
    telemetry
        .meter()
        .counterBuilder("shutterport.incidents")
        .setDescription("Unexpected failures logged as incidents (this node)")
        .setUnit("{incident}")
        .buildWithCallback(m -> m.record(io.shutterport.platform.error.Incidents.opened()));
    task =
        scheduler.scheduleWithFixedDelay(this::measure, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reads every gauge now; one that fails keeps its last value and is tried again. */
  public void measure() {
    for (Gauge gauge : gauges) {
      try {
        last.put(gauge.name(), gauge.measure());
        failing.remove(gauge.name());
      } catch (RuntimeException e) {
        // Said once while it keeps failing, then quietly retried.
        Level level = failing.add(gauge.name()) ? Level.WARNING : Level.FINE;
        LOG.log(level, "Gauge " + gauge.name() + " not read; will try again", e);
      }
    }
  }

  /** The last value read of a gauge, or null. */
  public Long last(String name) {
    return last.get(name);
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }
}
