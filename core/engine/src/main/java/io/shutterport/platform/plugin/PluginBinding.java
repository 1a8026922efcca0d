package io.shutterport.platform.plugin;

import java.util.function.Function;

/**
 * A plugin instance configured for one tenant, callable only through the invoker.
 *
 * @param source where the instance's code comes from
 * @param instance the instance
 * @param invoker the invoker every call goes through
 * @param <T> the instance type
 */
public record PluginBinding<T>(
    PluginHost.Contribution<?> source, T instance, PluginInvoker invoker) {

  /** Runs {@code call} on the instance through the invoker. */
  public <R> R call(String operation, Function<T, R> call) {
    return invoker.invoke(source, operation, () -> call.apply(instance));
  }

  /** Whether the instance has an optional ability. */
  public boolean supports(Class<?> ability) {
    return ability.isInstance(instance);
  }

  public String pluginId() {
    return source.pluginId();
  }
}
