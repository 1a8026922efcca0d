package io.shutterport.platform.plugin;

import io.shutterport.spi.ExtensionFactory;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Creates and caches per-tenant plugin instances. Configuration is the deployment's defaults
 * ({@code shutterport.plugin.<plugin-id>.<field>} in MicroProfile Config) overlaid by the tenant's
 * own settings. A changed configuration creates a new instance.
 */
@ApplicationScoped
public class PluginInstances {
  @Inject PluginHost host;
  @Inject PluginInvoker invoker;
  @Inject Config config;

  /** Deployment defaults do not change while the process runs, so the tenant's part is the key. */
  private record Key(
      Class<?> type, String pluginId, String tenantId, Map<String, String> settings) {}

  private final Map<Key, PluginBinding<?>> cache = new ConcurrentHashMap<>();

  /**
   * The tenant's instance of a plugin, created on first use and whenever the tenant's settings
   * change; later calls are a map lookup.
   */
  @SuppressWarnings("unchecked")
  public <T, F extends ExtensionFactory<T>> PluginBinding<T> bind(
      Class<F> type, String pluginId, String tenantId, Map<String, String> tenantSettings) {
    Key key = new Key(type, pluginId, tenantId, Map.copyOf(tenantSettings));
    return (PluginBinding<T>) cache.computeIfAbsent(key, k -> create(type, k));
  }

  private <T, F extends ExtensionFactory<T>> PluginBinding<T> create(Class<F> type, Key key) {
    PluginHost.Contribution<F> source = host.factory(type, key.pluginId());
    Map<String, String> values = new HashMap<>();
    for (var field : source.factory().configSchema().fields()) {
      config
          .getOptionalValue(
              "shutterport.plugin." + key.pluginId() + "." + field.name(), String.class)
          .or(() -> Optional.ofNullable(field.defaultValue()))
          .ifPresent(v -> values.put(field.name(), v));
    }
    values.putAll(key.settings());
    PluginContext context = new PluginContext(key.tenantId(), Clock.systemUTC());
    T instance =
        invoker.invoke(
            source, "create", () -> source.factory().create(context, new PluginConfig(values)));
    return new PluginBinding<>(source, instance, invoker);
  }
}
