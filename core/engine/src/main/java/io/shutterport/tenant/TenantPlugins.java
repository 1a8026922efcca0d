package io.shutterport.tenant;

import io.shutterport.platform.error.InvalidInputException;
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
import java.util.Map;
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
  @Inject io.shutterport.platform.plugin.PluginHost host;

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
   * An operator chooses the payment provider. The plugin must be installed and started, and its
   * required settings given; the settings are checked by creating an instance before anything is
   * saved.
   */
  public void choosePayment(String pluginId, Map<String, String> settings) {
    var factory =
        host.findFactory(PaymentProviderFactory.class, pluginId == null ? "" : pluginId)
            .orElseThrow(() -> InvalidInputException.of("pluginId", "validation.plugin"));
    Map<String, String> values = settings == null ? Map.of() : Map.copyOf(settings);
    for (var field : factory.factory().configSchema().fields()) {
      String value = values.get(field.name());
      if (field.required() && (value == null || value.isBlank())) {
        throw InvalidInputException.of("settings." + field.name(), "validation.pluginSetting");
      }
    }
    try {
      instances.bind(PaymentProviderFactory.class, pluginId, "check:" + context.require(), values);
    } catch (RuntimeException e) {
      throw InvalidInputException.of("settings", "validation.pluginSetting");
    }
    tenants.updatePaymentPlugin(context.require(), pluginId, values);
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
