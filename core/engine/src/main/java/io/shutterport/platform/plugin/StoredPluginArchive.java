package io.shutterport.platform.plugin;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A plugin archive the platform administrator installed, kept in the database so that every node —
 * and every node started later — loads the same bytes.
 */
@Entity
@Table(name = "plugin_archive")
public class StoredPluginArchive {
  @Id
  @Column(name = "plugin_id")
  private String pluginId;

  private String version;
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] archive;

  @Column(name = "installed_by")
  private String installedBy;

  @Column(name = "installed_at")
  private Instant installedAt;

  protected StoredPluginArchive() {}

  StoredPluginArchive(
      PluginArchive.Verified verified, byte[] archive, String installedBy, Instant installedAt) {
    this.pluginId = verified.id();
    this.version = verified.version();
    this.sha256 = verified.sha256();
    this.archive = archive;
    this.installedBy = installedBy;
    this.installedAt = installedAt;
  }

  PluginArchive.Verified verified() {
    return new PluginArchive.Verified(pluginId, version, sha256);
  }

  byte[] archive() {
    return archive;
  }
}
