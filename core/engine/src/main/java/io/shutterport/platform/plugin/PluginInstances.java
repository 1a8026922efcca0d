package io.shutterport.platform.plugin;

import io.shutterport.spi.ExtensionFactory;
import io.shutterport.spi.PluginConfig;
import io.shutterport.spi.PluginContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
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

  private final Map<String, PluginBinding<?>> cache = new ConcurrentHashMap<>();

  public <T, F extends ExtensionFactory<T>> PluginBinding<T> bind(
      Class<F> type, String pluginId, String tenantId, Map<String, String> tenantSettings) {
    PluginHost.Contribution<F> source = host.factory(type, pluginId);
    Map<String, String> values = new HashMap<>();
    for (var field : source.factory().configSchema().fields()) {
      config
          .getOptionalValue("shutterport.plugin." + pluginId + "." + field.name(), String.class)
          .or(() -> java.util.Optional.ofNullable(field.defaultValue()))
          .ifPresent(v -> values.put(field.name(), v));
    }
    values.putAll(tenantSettings);
    String key = type.getName() + '|' + pluginId + '|' + tenantId + '|' + values.hashCode();
    @SuppressWarnings("unchecked")
    PluginBinding<T> binding =
        (PluginBinding<T>)
            cache.computeIfAbsent(
                key,
                k -> {
                  PluginContext context = new PluginContext(tenantId, Clock.systemUTC());
                  T instance =
                      invoker.invoke(
                          source,
                          "create",
                          () -> source.factory().create(context, new PluginConfig(values)));
                  return new PluginBinding<>(source, instance, invoker);
                });
    return binding;
  }
}
