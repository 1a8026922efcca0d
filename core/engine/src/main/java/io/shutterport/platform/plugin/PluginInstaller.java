package io.shutterport.platform.plugin;

import io.shutterport.platform.cluster.ClusterBus;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.persistence.Db;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Installs plugin archives for the platform administrator (SECURITY.md #18). The archive is spooled
 * to a temporary file with a size limit, checked against the SHA-256 the administrator gives (the
 * publisher's) and for entries outside its folder — all before any of its code loads — then kept in
 * the database, written to the plugins folder with its checksum, loaded and started on this node,
 * and announced to the others, which fetch it from the database. A node starting later restores
 * every stored archive before loading plugins.
 */
@ApplicationScoped
public class PluginInstaller {
  private static final Logger LOG = Logger.getLogger(PluginInstaller.class.getName());
  static final String INSTALLED = "plugins.installed";

  /** Archives above this size are refused while they arrive. */
  public static final long MAX_ARCHIVE_BYTES = 64L * 1024 * 1024;

  @Inject PluginHost host;
  @Inject Db db;
  @Inject ClusterBus bus;
  @Inject jakarta.enterprise.event.Event<Installed> installed;

  @PersistenceUnit(unitName = "shutterport")
  EntityManagerFactory factory;

  @PostConstruct
  void listen() {
    bus.subscribe(INSTALLED, this::installedElsewhere);
  }

  /**
   * Installs an archive.
   *
   * @param adminId who installs it
   * @param body the archive's bytes
   * @param expectedSha256 the digest it must have, 64 hex digits
   * @return the plugin as listed afterwards
   */
  @Transactional
  public PluginView install(String adminId, InputStream body, String expectedSha256) {
    if (PluginArchive.normalizeDigest(expectedSha256) == null) {
      throw InvalidInputException.of("sha256", "validation.sha256");
    }
    Path spooled = host.spool(body, MAX_ARCHIVE_BYTES);
    try {
      PluginArchive.Verified verified;
      try {
        verified = PluginArchive.verify(spooled, expectedSha256);
      } catch (PluginArchive.RejectedException e) {
        throw refused(e.getMessage());
      }
      if (host.has(verified.id())
          || db.platformEm().find(StoredPluginArchive.class, verified.id()) != null) {
        throw InvalidInputException.of("archive", "validation.pluginInstalled");
      }
      db.platformEm()
          .persist(
              new StoredPluginArchive(
                  verified, Files.readAllBytes(spooled), adminId, Instant.now()));
      db.platformEm().flush(); // a second administrator installing the same id fails here
      installed.fire(new Installed(verified.id()));
      try {
        host.add(spooled, verified);
      } catch (PluginArchive.RejectedException e) {
        throw refused(e.getMessage());
      }
      LOG.log(
          Level.INFO,
          "Plugin {0} {1} installed (SHA-256 {2})",
          new Object[] {verified.id(), verified.version(), verified.sha256()});
      return host.plugins().stream()
          .filter(p -> p.id().equals(verified.id()))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(spooled);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete a spooled plugin archive: {0}", e.toString());
      }
    }
  }

  /** Once the archive is committed, the other nodes fetch it from the database. */
  void afterInstall(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          Installed event) {
    bus.publish(INSTALLED, event.pluginId());
  }

  /** A plugin archive was stored in the running transaction. */
  record Installed(String pluginId) {}

  /** Writes every stored archive this node lacks into the plugins folder (before loading). */
  @ActivateRequestContext
  public void restoreArchives() {
    EntityManager em = factory.createEntityManager();
    try {
      List<Object[]> rows =
          em.createQuery(
                  "SELECT a.pluginId, a.version, a.sha256 FROM StoredPluginArchive a",
                  Object[].class)
              .getResultList();
      for (Object[] row : rows) {
        var verified =
            new PluginArchive.Verified((String) row[0], (String) row[1], (String) row[2]);
        if (!host.holds(verified)) { // only a missing or changed archive's bytes are read
          host.restore(verified, em.find(StoredPluginArchive.class, verified.id()).archive());
        }
      }
    } finally {
      em.close();
    }
  }

  private void installedElsewhere(String pluginId) {
    if (host.has(pluginId)) {
      return; // this node installed it, or has it already
    }
    EntityManager em = factory.createEntityManager();
    try {
      StoredPluginArchive stored = em.find(StoredPluginArchive.class, pluginId);
      if (stored != null) {
        host.restore(stored.verified(), stored.archive());
        host.loadRestored(stored.verified());
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Plugin {0} installed elsewhere could not be loaded here: {1}",
          new Object[] {pluginId, e.toString()});
    } finally {
      em.close();
    }
  }

  private static InvalidInputException refused(String reason) {
    return new InvalidInputException(
        List.of(
            new FieldError(
                "archive",
                "validation.pluginArchive",
                Map.of(
                    "en", "The archive was refused: " + reason + ".",
                    "ja", "アーカイブを受け付けませんでした（" + reason + "）。"))));
  }
}
