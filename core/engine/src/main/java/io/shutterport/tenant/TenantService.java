package io.shutterport.tenant;

import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.util.ExpiringCache;
import io.shutterport.tenant.domain.Tenant;
import io.shutterport.tenant.domain.TenantHost;
import io.shutterport.tenant.domain.TenantPluginSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds tenants by host and id, and creates them. */
@ApplicationScoped
public class TenantService {
  @Inject Db db;

  @PersistenceUnit(unitName = "shutterport")
  EntityManagerFactory factory;

  /**
   * Host → tenant id, and id → view: tenants change rarely, every request needs them. Entries are
   * reloaded after {@link #CACHE_LIFETIME}, so a change made on one node reaches the others.
   */
  static final Duration CACHE_LIFETIME = Duration.ofSeconds(10);

  private final ExpiringCache<String, Optional<String>> hostCache =
      new ExpiringCache<>(CACHE_LIFETIME);
  private final ExpiringCache<String, TenantView> viewCache = new ExpiringCache<>(CACHE_LIFETIME);
  private final ExpiringCache<String, Tenant> entityCache = new ExpiringCache<>(CACHE_LIFETIME);
  private final ExpiringCache<String, Map<String, String>> settingsCache =
      new ExpiringCache<>(CACHE_LIFETIME);

  /** The tenant that answers on {@code host} (without port, any case). */
  public Optional<TenantView> byHost(String host) {
    String normalized = normalizeHost(host);
    Optional<String> id =
        hostCache.get(
            normalized,
            h ->
                read(
                    em ->
                        em.createNamedQuery("Tenant.findByHost", Tenant.class)
                            .setParameter("host", h)
                            .getResultStream()
                            .findFirst()
                            .map(Tenant::id)));
    return id.map(this::byId);
  }

  public TenantView byId(String id) {
    return viewCache.get(id, k -> toView(entity(k)));
  }

  /**
   * How many bytes of originals one uploader, and the whole marketplace, may hold; read afresh, so
   * that a quota the platform raises works at once on every node.
   */
  public PhotoQuotas photoQuotas(String id) {
    Tenant t = db.platformEm().find(Tenant.class, id); // in the caller's transaction
    return new PhotoQuotas(t.userPhotoQuotaBytes(), t.photoQuotaBytes());
  }

  public boolean exists(String id) {
    return read(em -> em.find(Tenant.class, id)) != null;
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
    clearCaches();
  }

  /** An operator changes how the tenant's bookings move on and what cancelling costs. */
  @Transactional
  public TenantView updateBookingRules(
      String tenantId, TenantView.BookingRules rules, int commissionBasisPoints) {
    Tenant tenant = db.platformEm().find(Tenant.class, tenantId);
    if (tenant == null) {
      throw new NotFoundException("tenant");
    }
    tenant.bookingRules(
        rules.requestTtl(),
        rules.autoCompleteAfter(),
        rules.payoutDelay(),
        rules.reviewWindow(),
        rules.tipShareBasisPoints(),
        commissionBasisPoints,
        rules.cancellationPolicy());
    tenant.travelFeeBands(rules.travelFeeBands());
    db.platformEm().flush();
    clearCaches();
    return toView(tenant);
  }

  /** Switches the tenant's payment provider and replaces that plugin's settings. */
  @Transactional
  public void updatePaymentPlugin(String tenantId, String pluginId, Map<String, String> settings) {
    var em = db.platformEm();
    Tenant tenant = em.find(Tenant.class, tenantId);
    if (tenant == null) {
      throw new NotFoundException("tenant");
    }
    tenant.paymentPlugin(pluginId);
    em.createQuery("DELETE FROM TenantPluginSetting s WHERE s.tenantId = :t AND s.pluginId = :p")
        .setParameter("t", tenantId)
        .setParameter("p", pluginId)
        .executeUpdate();
    settings.forEach(
        (name, value) -> em.persist(new TenantPluginSetting(tenantId, pluginId, name, value)));
    em.flush();
    clearCaches();
  }

  /** Whether new photographers of the tenant wait for an operator's approval. */
  @Transactional
  public void updatePhotographerApproval(String tenantId, boolean required) {
    Tenant tenant = db.platformEm().find(Tenant.class, tenantId);
    if (tenant == null) {
      throw new NotFoundException("tenant");
    }
    tenant.approvePhotographers(required);
    db.platformEm().flush();
    clearCaches();
  }

  /** An operator changes the ranking weights (validated by the caller). */
  @Transactional
  public void updateRankingWeights(String tenantId, String weights) {
    Tenant tenant = db.platformEm().find(Tenant.class, tenantId);
    if (tenant == null) {
      throw new NotFoundException("tenant");
    }
    tenant.rankingWeights(weights);
    db.platformEm().flush();
    clearCaches();
  }

  private void clearCaches() {
    hostCache.clear();
    viewCache.clear();
    entityCache.clear();
    settingsCache.clear();
  }

  /** Plugin choices of a tenant, for {@link TenantPlugins}. */
  Tenant entity(String id) {
    return entityCache.get(
        id,
        k -> {
          Tenant tenant = read(em -> em.find(Tenant.class, k));
          if (tenant == null) {
            throw new NotFoundException("tenant");
          }
          return tenant;
        });
  }

  Map<String, String> pluginSettings(String tenantId, String pluginId) {
    return settingsCache.get(
        tenantId + '|' + pluginId, k -> loadPluginSettings(tenantId, pluginId));
  }

  private Map<String, String> loadPluginSettings(String tenantId, String pluginId) {
    return read(
        em ->
            em.createNamedQuery("TenantPluginSetting.findByPlugin", TenantPluginSetting.class)
                .setParameter("tenant", tenantId)
                .setParameter("plugin", pluginId)
                .getResultStream()
                .filter(s -> s.value() != null)
                .collect(Collectors.toMap(TenantPluginSetting::name, TenantPluginSetting::value)));
  }

  /**
   * Reads platform rows with a short-lived entity manager: tenant lookups happen before any request
   * scope exists (the authentication mechanism runs ahead of the servlet filters).
   */
  private <T> T read(Function<EntityManager, T> query) {
    EntityManager em = factory.createEntityManager();
    try {
      return query.apply(em);
    } finally {
      em.close();
    }
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
        t.commissionBasisPoints(),
        new TenantView.BookingRules(
            t.requestTtl(),
            t.autoCompleteAfter(),
            t.payoutDelay(),
            t.cancellationPolicy(),
            t.reviewWindow(),
            t.tipShareBasisPoints(),
            t.travelFeeBands()),
        t.rankingWeights(),
        t.approvePhotographers());
  }
}
