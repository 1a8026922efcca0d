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
   * The categories the marketplace offers: those of its category plugins that the operator has not
   * switched off, in the operator's order (categories the operator has not placed follow in their
   * plugins' order). A failing category plugin is skipped (and logged) so search keeps working with
   * the others.
   */
  public List<EventCategory> categories() {
    var tenant = tenants.entity(context.require());
    List<String> order = tenant.categoryOrder();
    List<String> hidden = tenant.hiddenCategories();
    List<EventCategory> shown = new ArrayList<>();
    for (EventCategory category : allCategories()) {
      if (!hidden.contains(category.id())) {
        shown.add(category);
      }
    }
    shown.sort(
        java.util.Comparator.comparingInt(
            c -> order.contains(c.id()) ? order.indexOf(c.id()) : order.size()));
    return shown;
  }

  /** The category plugins the marketplace has switched on. */
  public List<String> enabledPlugins() {
    return tenants.entity(context.require()).categoryPlugins();
  }

  /** Every category of the marketplace's category plugins, switched off or not, in plugin order. */
  public List<EventCategory> allCategories() {
    return categoriesOf(tenants.entity(context.require()).categoryPlugins());
  }

  /** The categories these plugins contribute to the current tenant. */
  public List<EventCategory> categoriesOf(List<String> plugins) {
    List<EventCategory> all = new ArrayList<>();
    for (var provider : categoryProviders(plugins)) {
      all.addAll(provider.categories());
    }
    return all;
  }

  /**
   * The category plugin instance that contributes a category to the current tenant, whether the
   * operator shows the category or not (bookings made before it was hidden still need it).
   */
  public Optional<PluginBinding<EventCategoryProvider>> providerOf(String categoryId) {
    return categoryProviders(enabledPlugins()).stream()
        .filter(p -> p.categories().stream().anyMatch(c -> c.id().equals(categoryId)))
        .map(CategoryProvider::binding)
        .findFirst();
  }

  /** A category plugin's instance for the tenant, with the categories it gave. */
  private record CategoryProvider(
      PluginBinding<EventCategoryProvider> binding, List<EventCategory> categories) {}

  /**
   * The instances of these category plugins that answer; a failing one is skipped (and logged) so
   * search and booking keep working with the others.
   */
  private List<CategoryProvider> categoryProviders(List<String> plugins) {
    return answering(
        plugins,
        (plugin, binding) ->
            new CategoryProvider(
                binding, binding.call("categories", EventCategoryProvider::categories)));
  }

  /**
   * What each of these category plugins' instances answers; a failing one is skipped (and logged).
   */
  private <T> List<T> answering(
      List<String> plugins,
      java.util.function.BiFunction<String, PluginBinding<EventCategoryProvider>, T> ask) {
    String tenant = context.require();
    List<T> answers = new ArrayList<>();
    for (String plugin : plugins) {
      try {
        PluginBinding<EventCategoryProvider> binding =
            instances.bind(
                EventCategoryProviderFactory.class,
                plugin,
                tenant,
                tenants.pluginSettings(tenant, plugin));
        answers.add(ask.apply(plugin, binding));
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Category plugin {0} unavailable for tenant {1}: {2}",
            new Object[] {plugin, tenant, e.getMessage()});
      }
    }
    return answers;
  }

  /**
   * The synonym groups of the marketplace's category plugins (for keyword search). A plugin that
   * fails to answer gives none.
   */
  public List<List<String>> synonyms() {
    List<List<String>> groups = new ArrayList<>();
    answering(
            enabledPlugins(),
            (plugin, binding) -> binding.call("synonyms", EventCategoryProvider::synonyms))
        .forEach(groups::addAll);
    return groups;
  }

  /** A category of the marketplace, shown or hidden. */
  public Optional<EventCategory> anyCategory(String id) {
    return allCategories().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<EventCategory> category(String id) {
    return categories().stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
