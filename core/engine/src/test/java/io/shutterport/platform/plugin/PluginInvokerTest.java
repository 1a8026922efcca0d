package io.shutterport.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.platform.config.Settings;
import io.shutterport.platform.error.PluginUnavailableException;
import io.shutterport.spi.PluginException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whatever a plugin does, the caller gets an answer in bounded time and a domain error. */
class PluginInvokerTest {
  private final ClassLoader pluginLoader = new URLClassLoader(new URL[0], null);
  private final PluginHost.Contribution<Object> source =
      new PluginHost.Contribution<>("demo-plugin", "1.0.0", pluginLoader, new Object());
  private final PluginInvoker invoker = new PluginInvoker();

  PluginInvokerTest() {
    invoker.settings =
        new Settings() {
          @Override
          public Duration pluginTimeout() {
            return Duration.ofMillis(300);
          }
        };
  }

  @AfterEach
  void stop() {
    invoker.stop();
  }

  @Test
  void runsTheCallWithThePluginsClassLoader() {
    assertThat(invoker.invoke(source, "op", () -> Thread.currentThread().getContextClassLoader()))
        .isSameAs(pluginLoader);
  }

  @Test
  void aHangingPluginTimesOutAsUnavailable() {
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                invoker.invoke(
                    source,
                    "hang",
                    () -> {
                      try {
                        Thread.sleep(60_000);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    }))
        .isInstanceOf(PluginUnavailableException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void anUnexpectedThrowableBecomesUnavailableForThatFeatureOnly() {
    assertThatThrownBy(
            () ->
                invoker.invoke(
                    source,
                    "boom",
                    () -> {
                      throw new OutOfMemoryError("plugin bug");
                    }))
        .isInstanceOf(PluginUnavailableException.class);
    assertThat(invoker.invoke(source, "after", () -> "still serving")).isEqualTo("still serving");
  }

  @Test
  void aPluginExceptionReachesTheCallerSoItCanDecide() {
    assertThatThrownBy(
            () ->
                invoker.invoke(
                    source,
                    "declined",
                    () -> {
                      throw new PluginException("throttled", true);
                    }))
        .isInstanceOf(PluginException.class)
        .satisfies(e -> assertThat(((PluginException) e).retryable()).isTrue());
  }
}
