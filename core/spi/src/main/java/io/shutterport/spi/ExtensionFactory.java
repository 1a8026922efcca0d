package io.shutterport.spi;

import org.pf4j.ExtensionPoint;

/**
 * The shape of every extension point: a stateless singleton that describes itself and creates a
 * configured instance per tenant.
 *
 * @param <T> the per-tenant instance type
 */
public interface ExtensionFactory<T> extends ExtensionPoint {

  /** A stable, lower-case id such as {@code storage-local}; tenants refer to it. */
  String id();

  /** A human name for the operator console. */
  LocalizedText displayName();

  /** The settings the operator fills in. */
  default ConfigSchema configSchema() {
    return ConfigSchema.EMPTY;
  }

  /**
   * Creates the instance for one tenant. Throw {@link PluginException} for bad configuration.
   *
   * @param context the tenant and clock
   * @param config the tenant's settings for this plugin, validated against {@link #configSchema()}
   */
  T create(PluginContext context, PluginConfig config);
}
