package io.shutterport.platform.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The application's tracer and meter. With OpenTelemetry off (the default: {@code
 * OTEL_SDK_DISABLED}) or absent (unit tests), both are no-ops, so callers never check.
 */
@ApplicationScoped
public class Telemetry {
  static final String SCOPE = "io.shutterport";

  @Inject Instance<OpenTelemetry> runtime;

  private volatile OpenTelemetry openTelemetry;

  /**
   * The container's OpenTelemetry once this bean has resolved it (at start), for code that no
   * container builds: EclipseLink's session listener, the Redis client. A no-op before.
   */
  private static volatile OpenTelemetry shared = OpenTelemetry.noop();

  /** A tracer and meter that record nothing: for code built outside the container. */
  public static Telemetry none() {
    Telemetry none = new Telemetry();
    none.openTelemetry = OpenTelemetry.noop();
    return none;
  }

  private OpenTelemetry openTelemetry() {
    OpenTelemetry chosen = openTelemetry;
    if (chosen == null) {
      chosen = runtime != null && runtime.isResolvable() ? runtime.get() : OpenTelemetry.noop();
      openTelemetry = chosen;
      if (runtime != null) {
        shared = chosen;
      }
    }
    return chosen;
  }

  /** The tracer of {@link #shared}: for objects the container does not build. */
  public static Tracer sharedTracer() {
    return shared.getTracer(SCOPE);
  }

  public Tracer tracer() {
    return openTelemetry().getTracer(SCOPE);
  }

  public Meter meter() {
    return openTelemetry().getMeter(SCOPE);
  }
}
