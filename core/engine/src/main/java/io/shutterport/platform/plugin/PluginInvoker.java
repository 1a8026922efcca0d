package io.shutterport.platform.plugin;

import io.shutterport.platform.config.Settings;
import io.shutterport.platform.error.PluginUnavailableException;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.spi.PluginException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way into plugin code. Sets the plugin's class loader as context class loader, runs the
 * call with a timeout, logs plugin id, version and duration, and turns whatever the plugin throws
 * into a {@link PluginUnavailableException} for the feature that called it — never a crash of the
 * core. {@link PluginException}s that are business-meaningful (checksum mismatch) pass through so
 * the caller can react.
 *
 * <p>Calls run on the invoker's own daemon threads, not a container-managed executor: plugin code
 * needs no container context, and Liberty holds managed tasks back until the application has
 * started, which would time out every plugin call made while it starts (demo data, warm-up).
 */
@ApplicationScoped
public class PluginInvoker {
  private static final Logger LOG = Logger.getLogger(PluginInvoker.class.getName());

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "plugin-call-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  @Inject Settings settings;
  @Inject io.shutterport.platform.telemetry.Telemetry telemetry;

  /**
   * Calls into a plugin.
   *
   * @param source the contribution whose code runs
   * @param operation a name for logs, e.g. {@code storage.put}
   * @param call the call
   * @param <T> the result type
   */
  public <T> T invoke(PluginHost.Contribution<?> source, String operation, Supplier<T> call) {
    // A client span per call (S3, a payment provider…), a child of the request or job calling.
    io.opentelemetry.api.trace.Span span =
        (telemetry == null ? io.shutterport.platform.telemetry.Telemetry.none() : telemetry)
            .tracer()
            .spanBuilder("plugin " + operation)
            .setSpanKind(io.opentelemetry.api.trace.SpanKind.CLIENT)
            .setAttribute("shutterport.plugin.id", source.pluginId())
            .setAttribute("shutterport.plugin.version", source.pluginVersion())
            .startSpan();
    try {
      return invokeTraced(source, operation, call);
    } catch (RuntimeException e) {
      span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  private <T> T invokeTraced(
      PluginHost.Contribution<?> source, String operation, Supplier<T> call) {
    long start = System.nanoTime();
    Future<T> future = executor.submit(() -> withClassLoader(source.classLoader(), call));
    try {
      T result = future.get(settings.pluginTimeout().toMillis(), TimeUnit.MILLISECONDS);
      log(source, operation, start, "ok");
      return result;
    } catch (TimeoutException e) {
      future.cancel(true);
      log(source, operation, start, "timeout");
      throw new PluginUnavailableException(source.pluginId());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PluginUnavailableException(source.pluginId());
    } catch (ExecutionException | CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      log(source, operation, start, cause.getClass().getSimpleName());
      if (cause instanceof ShutterportException rule) {
        throw rule;
      }
      if (cause instanceof PluginException pluginFault) {
        throw pluginFault;
      }
      if (cause instanceof IllegalArgumentException invalid) {
        throw invalid;
      }
      LOG.log(Level.WARNING, "Plugin " + source.pluginId() + " failed in " + operation, cause);
      throw new PluginUnavailableException(source.pluginId());
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  private static <T> T withClassLoader(ClassLoader loader, Supplier<T> call) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static void log(
      PluginHost.Contribution<?> source, String operation, long start, String outcome) {
    if (LOG.isLoggable(Level.FINE)) {
      LOG.log(
          Level.FINE,
          "plugin={0} version={1} op={2} ms={3} outcome={4}",
          new Object[] {
            source.pluginId(),
            source.pluginVersion(),
            operation,
            (System.nanoTime() - start) / 1_000_000,
            outcome
          });
    }
  }
}
