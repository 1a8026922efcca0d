package io.shutterport.platform.plugin;

import io.shutterport.platform.config.Settings;
import io.shutterport.platform.error.PluginUnavailableException;
import io.shutterport.spi.ExtensionFactory;
import io.shutterport.spi.SpiVersion;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/** Loads plugins from the plugins folder and finds their extensions. */
@ApplicationScoped
public class PluginHost {
  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

  @Inject Settings settings;

  private volatile PluginManager manager;

  /** Loads and starts every plugin in the folder; a plugin that fails stays FAILED alone. */
  public synchronized void start() {
    if (manager != null) {
      return;
    }
    var folder = settings.pluginsDir().toAbsolutePath().normalize();
    PluginManager created = new DefaultPluginManager(folder);
    created.setSystemVersion(SpiVersion.current());
    if (Files.isDirectory(folder)) {
      try {
        created.loadPlugins();
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Loading plugins failed; continuing without the broken ones", e);
      }
      created.startPlugins();
    } else {
      LOG.log(Level.WARNING, "Plugin folder {0} does not exist; no plugins loaded", folder);
    }
    for (PluginWrapper plugin : created.getPlugins()) {
      LOG.log(
          Level.INFO,
          "Plugin {0} {1}: {2}",
          new Object[] {
            plugin.getPluginId(), plugin.getDescriptor().getVersion(), plugin.getPluginState()
          });
    }
    manager = created;
  }

  @PreDestroy
  synchronized void stop() {
    if (manager != null) {
      try {
        manager.stopPlugins();
        manager.unloadPlugins();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Stopping plugins failed: {0}", e.toString());
      } finally {
        manager = null;
      }
    }
  }

  /** All extension factories of a type from started plugins, by id. */
  public <F extends ExtensionFactory<?>> List<Contribution<F>> factories(Class<F> type) {
    List<Contribution<F>> found = new ArrayList<>();
    for (PluginWrapper plugin : manager().getStartedPlugins()) {
      for (F factory : manager().getExtensions(type, plugin.getPluginId())) {
        found.add(
            new Contribution<>(
                plugin.getPluginId(),
                plugin.getDescriptor().getVersion(),
                plugin.getPluginClassLoader(),
                factory));
      }
    }
    found.sort(Comparator.comparing(c -> c.factory().id()));
    return found;
  }

  /** The factory of a type with an id, from a started plugin. */
  public <F extends ExtensionFactory<?>> Contribution<F> factory(Class<F> type, String id) {
    return findFactory(type, id).orElseThrow(() -> new PluginUnavailableException(id));
  }

  public <F extends ExtensionFactory<?>> Optional<Contribution<F>> findFactory(
      Class<F> type, String id) {
    return factories(type).stream().filter(c -> c.factory().id().equals(id)).findFirst();
  }

  /** Every plugin the folder holds, with its state. */
  public List<PluginView> plugins() {
    List<PluginView> views = new ArrayList<>();
    for (PluginWrapper plugin : manager().getPlugins()) {
      List<String> extensions =
          plugin.getPluginState() == PluginState.STARTED
              ? manager().getExtensionClassNames(plugin.getPluginId()).stream().sorted().toList()
              : List.of();
      Throwable failure = plugin.getFailedException();
      views.add(
          new PluginView(
              plugin.getPluginId(),
              plugin.getDescriptor().getVersion(),
              plugin.getPluginState().toString(),
              plugin.getDescriptor().getPluginDescription(),
              extensions,
              failure == null
                  ? null
                  : failure.getClass().getSimpleName() + ": " + failure.getMessage()));
    }
    views.sort(Comparator.comparing(PluginView::id));
    return views;
  }

  private PluginManager manager() {
    PluginManager current = manager;
    if (current == null) {
      throw new IllegalStateException("plugin host not started");
    }
    return current;
  }

  /**
   * A factory and where it came from.
   *
   * @param pluginId the plugin that contributed it
   * @param pluginVersion that plugin's version
   * @param classLoader the plugin's class loader, set as context class loader on calls
   * @param factory the extension
   * @param <F> the factory type
   */
  public record Contribution<F>(
      String pluginId, String pluginVersion, ClassLoader classLoader, F factory) {}
}
