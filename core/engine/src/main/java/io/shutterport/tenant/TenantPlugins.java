package io.shutterport.tenant;

import io.shutterport.platform.plugin.PluginBinding;
import io.shutterport.platform.plugin.PluginInstances;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProvider;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import io.shutterport.spi.payment.PaymentProvider;
import io.shutterport.spi.payment.PaymentProviderFactory;
import io.shutterport.spi.storage.StorageBackend;
import io.shutterport.spi.storage.StorageBackendFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The plugin instances the current tenant chose. */
@ApplicationScoped
public class TenantPlugins {
  private static final Logger LOG = Logger.getLogger(TenantPlugins.class.getName());

  @Inject TenantService tenants;
  @Inject TenantContext context;
  @Inject PluginInstances instances;

  public PluginBinding<StorageBackend> storage() {
    String tenant = context.require();
    String plugin = tenants.entity(tenant).storagePlugin();
    return instances.bind(
        StorageBackendFactory.class, plugin, tenant, tenants.pluginSettings(tenant, plugin));
  }

  public PluginBinding<PaymentProvider> payment() {
    String tenant = context.require();
    String plugin = tenants.entity(tenant).paymentPlugin();
    return instances.bind(
        PaymentProviderFactory.class, plugin, tenant, tenants.pluginSettings(tenant, plugin));
  }

  /**
   * Every category the tenant's category plugins contribute, in plugin order. A failing category
   * plugin is skipped (and logged) so search keeps working with the others.
   */
  public List<EventCategory> categories() {
    String tenant = context.require();
    List<EventCategory> all = new ArrayList<>();
    for (String plugin : tenants.entity(tenant).categoryPlugins()) {
      try {
        PluginBinding<EventCategoryProvider> binding =
            instances.bind(
                EventCategoryProviderFactory.class,
                plugin,
                tenant,
                tenants.pluginSettings(tenant, plugin));
        all.addAll(binding.call("categories", EventCategoryProvider::categories));
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Category plugin {0} unavailable for tenant {1}: {2}",
            new Object[] {plugin, tenant, e.getMessage()});
      }
    }
    return all;
  }

  public Optional<EventCategory> category(String id) {
    return categories().stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
