package io.shutterport.tenant;

import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.persistence.Db;
import io.shutterport.tenant.domain.Tenant;
import io.shutterport.tenant.domain.TenantHost;
import io.shutterport.tenant.domain.TenantPluginSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Finds tenants by host and id, and creates them. */
@ApplicationScoped
public class TenantService {
  @Inject Db db;

  /** Host → tenant id, and id → view: tenants change rarely, every request needs them. */
  private final Map<String, Optional<String>> hostCache = new ConcurrentHashMap<>();

  private final Map<String, TenantView> viewCache = new ConcurrentHashMap<>();
  private final Map<String, Tenant> entityCache = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> settingsCache = new ConcurrentHashMap<>();

  /** The tenant that answers on {@code host} (without port, any case). */
  @Transactional
  public Optional<TenantView> byHost(String host) {
    String normalized = normalizeHost(host);
    Optional<String> id =
        hostCache.computeIfAbsent(
            normalized,
            h ->
                db.platformEm()
                    .createNamedQuery("Tenant.findByHost", Tenant.class)
                    .setParameter("host", h)
                    .getResultStream()
                    .findFirst()
                    .map(Tenant::id));
    return id.map(this::byId);
  }

  @Transactional
  public TenantView byId(String id) {
    return viewCache.computeIfAbsent(id, k -> toView(entity(k)));
  }

  @Transactional
  public boolean exists(String id) {
    return db.platformEm().find(Tenant.class, id) != null;
  }

  @Transactional
  public void create(NewTenant spec) {
    Tenant tenant =
        new Tenant(
            spec.id(),
            spec.name(),
            spec.defaultLocale(),
            List.of("ja", "en"),
            spec.currency(),
            ZoneId.of(spec.timeZone()).getId(),
            spec.theme(),
            spec.commissionBasisPoints(),
            spec.storagePlugin(),
            spec.paymentPlugin(),
            spec.categoryPlugins());
    var em = db.platformEm();
    em.persist(tenant);
    em.flush(); // hosts and settings reference the tenant row
    for (String host : spec.hosts()) {
      em.persist(new TenantHost(normalizeHost(host), spec.id()));
    }
    spec.pluginSettings()
        .forEach(
            (plugin, values) ->
                values.forEach(
                    (name, value) ->
                        em.persist(new TenantPluginSetting(spec.id(), plugin, name, value))));
    em.flush();
    hostCache.clear();
    settingsCache.clear();
  }

  /** Plugin choices of a tenant, for {@link TenantPlugins}. */
  @Transactional
  Tenant entity(String id) {
    return entityCache.computeIfAbsent(
        id,
        k -> {
          Tenant tenant = db.platformEm().find(Tenant.class, k);
          if (tenant == null) {
            throw new NotFoundException("tenant");
          }
          return tenant;
        });
  }

  @Transactional
  Map<String, String> pluginSettings(String tenantId, String pluginId) {
    return settingsCache.computeIfAbsent(
        tenantId + '|' + pluginId, k -> loadPluginSettings(tenantId, pluginId));
  }

  private Map<String, String> loadPluginSettings(String tenantId, String pluginId) {
    return db
        .platformEm()
        .createNamedQuery("TenantPluginSetting.findByPlugin", TenantPluginSetting.class)
        .setParameter("tenant", tenantId)
        .setParameter("plugin", pluginId)
        .getResultStream()
        .filter(s -> s.value() != null)
        .collect(Collectors.toMap(TenantPluginSetting::name, TenantPluginSetting::value));
  }

  static String normalizeHost(String host) {
    if (host == null) {
      return "";
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) { // IPv6 literal
      int end = h.indexOf(']');
      return end > 0 ? h.substring(0, end + 1) : h;
    }
    int colon = h.indexOf(':');
    return colon >= 0 ? h.substring(0, colon) : h;
  }

  private static TenantView toView(Tenant t) {
    return new TenantView(
        t.id(),
        t.name(),
        t.defaultLocale(),
        t.locales(),
        t.currency(),
        ZoneId.of(t.timeZone()),
        t.theme(),
        t.commissionBasisPoints());
  }
}
