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
    }
    return chosen;
  }

  public Tracer tracer() {
    return openTelemetry().getTracer(SCOPE);
  }

  public Meter meter() {
    return openTelemetry().getMeter(SCOPE);
  }
}
