package io.shutterport.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One configuration value of one plugin for one tenant. */
@Entity
@Table(name = "tenant_plugin_setting")
@IdClass(TenantPluginSetting.Key.class)
@NamedQuery(
    name = "TenantPluginSetting.findByPlugin",
    query =
        "SELECT s FROM TenantPluginSetting s WHERE s.tenantId = :tenant AND s.pluginId = :plugin")
public class TenantPluginSetting {
  @Id
  @Column(name = "tenant_id")
  private String tenantId;

  @Id
  @Column(name = "plugin_id")
  private String pluginId;

  @Id private String name;

  @Column(name = "setting_value")
  private String value;

  protected TenantPluginSetting() {}

  public TenantPluginSetting(String tenantId, String pluginId, String name, String value) {
    this.tenantId = tenantId;
    this.pluginId = pluginId;
    this.name = name;
    this.value = value;
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String tenantId;
    public String pluginId;
    public String name;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.tenantId.equals(tenantId)
          && k.pluginId.equals(pluginId)
          && k.name.equals(name);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(tenantId, pluginId, name);
    }
  }
}
