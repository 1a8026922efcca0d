package io.shutterport.platform.plugin;

import io.shutterport.platform.config.Settings;
import io.shutterport.platform.error.PluginUnavailableException;
import io.shutterport.spi.ExtensionFactory;
import io.shutterport.spi.SpiVersion;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Inject PluginInstaller installer;

  private volatile PluginManager manager;
  private volatile VerifiedPluginRepository repository;

  /** Loads and starts every plugin in the folder; a plugin that fails stays FAILED alone. */
  public synchronized void start() {
    if (manager != null) {
      return;
    }
    var folder = settings.pluginsDir().toAbsolutePath().normalize();
    try {
      installer.restoreArchives();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Installed plugin archives could not be restored", e);
    }
    VerifiedPluginRepository verified = new VerifiedPluginRepository(folder);
    PluginManager created =
        new DefaultPluginManager(folder) {
          @Override
          protected org.pf4j.PluginRepository createPluginRepository() {
            return verified;
          }
        };
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
    repository = verified;
    manager = created;
  }

  /** Whether a plugin with this id is loaded (in any state). */
  public boolean has(String pluginId) {
    return manager().getPlugin(pluginId) != null;
  }

  /** Copies an upload to a temporary file in the plugins folder, refusing it past {@code limit}. */
  Path spool(InputStream body, long limit) {
    try {
      Path incoming = folder().resolve(".incoming");
      Files.createDirectories(incoming);
      Path file = Files.createTempFile(incoming, "upload-", ".zip");
      long total = 0;
      try (InputStream in = body;
          var out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > limit) {
            out.close();
            Files.deleteIfExists(file);
            throw new io.shutterport.platform.error.TooLargeException();
          }
          out.write(buffer, 0, n);
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps a verified upload in the folder with its checksum, then loads and starts it here. */
  synchronized void add(Path spooled, PluginArchive.Verified verified)
      throws PluginArchive.RejectedException {
    Path zip = keep(verified, spooled, null);
    load(zip, verified);
  }

  /** Writes a stored archive into the folder unless it is there with the same digest. */
  synchronized void restore(PluginArchive.Verified verified, byte[] archive) {
    if (!holds(verified)) {
      keep(verified, null, archive);
    }
  }

  /** Whether the folder has this archive with its recorded digest already. */
  boolean holds(PluginArchive.Verified verified) {
    Path zip = folder().resolve(verified.fileName());
    try {
      return Files.isRegularFile(zip)
          && verified.sha256().equals(PluginArchive.recordedDigest(zip));
    } catch (PluginArchive.RejectedException e) {
      return false;
    }
  }

  /** Loads and starts an archive another node installed and {@link #restore} wrote. */
  synchronized void loadRestored(PluginArchive.Verified verified) {
    try {
      load(folder().resolve(verified.fileName()), verified);
    } catch (PluginArchive.RejectedException e) {
      LOG.log(
          Level.SEVERE,
          "Plugin {0} from the database refused: {1}",
          new Object[] {verified.id(), e.getMessage()});
    }
  }

  private void load(Path zip, PluginArchive.Verified verified)
      throws PluginArchive.RejectedException {
    Path expanded = repository.expandVerified(zip, verified.sha256());
    String id = manager().loadPlugin(expanded);
    PluginState state = manager().startPlugin(id);
    LOG.log(Level.INFO, "Plugin {0} {1}: {2}", new Object[] {id, verified.version(), state});
  }

  private Path keep(PluginArchive.Verified verified, Path from, byte[] bytes) {
    try {
      Files.createDirectories(folder().resolve(".incoming"));
      Path zip = folder().resolve(verified.fileName());
      Path temp = Files.createTempFile(folder().resolve(".incoming"), "keep-", ".zip");
      if (from != null) {
        Files.copy(from, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.write(temp, bytes);
      }
      Files.writeString(
          folder().resolve(verified.fileName() + PluginArchive.CHECKSUM_SUFFIX),
          verified.sha256() + "\n",
          java.nio.charset.StandardCharsets.US_ASCII);
      Files.move(
          temp,
          zip,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path folder() {
    return settings.pluginsDir().toAbsolutePath().normalize();
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

  /** The ids of the started plugins that contribute factories of a type, in factory order. */
  public <F extends ExtensionFactory<?>> List<String> pluginIds(Class<F> type) {
    return factories(type).stream().map(Contribution::pluginId).distinct().toList();
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
    if (repository != null) {
      repository
          .rejected()
          .forEach(
              (file, reason) ->
                  views.add(new PluginView(file, "", "REJECTED", "", List.of(), reason)));
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
