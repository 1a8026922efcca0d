package io.shutterport.tenant;

import io.shutterport.platform.cluster.ClusterBus;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.persistence.Db;
import io.shutterport.platform.util.ExpiringCache;
import io.shutterport.tenant.domain.Tenant;
import io.shutterport.tenant.domain.TenantCopy;
import io.shutterport.tenant.domain.TenantHost;
import io.shutterport.tenant.domain.TenantPluginSetting;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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

/** Finds tenants by host and id, creates them and changes their settings. */
@ApplicationScoped
public class TenantService {
  /** The tenant the platform console answers on; its users are the platform's administrators. */
  public static final String PLATFORM = "platform";

  /** Every node forgets its cached tenants when one of them changes (see decision 43). */
  static final String CHANGED = "tenants.changed";

  @Inject Db db;
  @Inject ClusterBus bus;
  @Inject Event<Changed> changed;

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
  private final ExpiringCache<String, Map<String, Map<String, String>>> copyCache =
      new ExpiringCache<>(CACHE_LIFETIME);

  @PostConstruct
  void listen() {
    bus.subscribe(CHANGED, tenantId -> clearLocalCaches());
  }

  /** The tenant that answers on {@code host} (without port, any case). */
  public Optional<TenantView> byHost(String host) {
    String normalized = normalizeHost(host);
    if (normalized.isEmpty() || normalized.length() > 253) {
      return Optional.empty(); // no host name is longer: nothing to look up or to cache
    }
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

  /** Makes a tenant answer on exactly these host names (the platform console, at start-up). */
  @Transactional
  public void replaceHosts(String tenantId, List<String> hosts) {
    var em = db.platformEm();
    List<String> wanted = hosts.stream().map(TenantService::normalizeHost).toList();
    List<TenantHost> current =
        em.createQuery("SELECT h FROM TenantHost h WHERE h.tenantId = :t", TenantHost.class)
            .setParameter("t", tenantId)
            .getResultList();
    if (current.stream()
        .map(TenantHost::host)
        .sorted()
        .toList()
        .equals(wanted.stream().sorted().toList())) {
      return;
    }
    current.forEach(em::remove);
    em.flush();
    wanted.forEach(h -> em.persist(new TenantHost(h, tenantId)));
    em.flush();
    clearCaches();
  }

  /** An operator changes how the tenant's bookings move on and what cancelling costs. */
  @Transactional
  public TenantView updateBookingRules(
      String tenantId, TenantView.BookingRules rules, int commissionBasisPoints) {
    Tenant tenant = require(tenantId);
    tenant.bookingRules(
        rules.requestTtl(),
        rules.autoCompleteAfter(),
        rules.payoutDelay(),
        rules.reviewWindow(),
        rules.tipShareBasisPoints(),
        commissionBasisPoints,
        rules.cancellationPolicy());
    tenant.travelFeeBands(rules.travelFeeBands());
    return saved(tenant);
  }

  /** Switches the tenant's payment provider and replaces that plugin's settings. */
  @Transactional
  public void updatePaymentPlugin(String tenantId, String pluginId, Map<String, String> settings) {
    require(tenantId).paymentPlugin(pluginId);
    replacePluginSettings(tenantId, pluginId, settings);
  }

  /** Replaces one plugin's settings for the tenant (checked by the caller). */
  @Transactional
  public void replacePluginSettings(String tenantId, String pluginId, Map<String, String> values) {
    var em = db.platformEm();
    require(tenantId);
    em.createQuery("DELETE FROM TenantPluginSetting s WHERE s.tenantId = :t AND s.pluginId = :p")
        .setParameter("t", tenantId)
        .setParameter("p", pluginId)
        .executeUpdate();
    values.forEach(
        (name, value) -> em.persist(new TenantPluginSetting(tenantId, pluginId, name, value)));
    em.flush();
    clearCaches();
  }

  /** A plugin's stored settings for the tenant (secrets included: never hand them to a page). */
  public Map<String, String> settingsOf(String tenantId, String pluginId) {
    return pluginSettings(tenantId, pluginId);
  }

  /** The tenant's payment plugin. */
  public String paymentPluginOf(String tenantId) {
    return entity(tenantId).paymentPlugin();
  }

  /** Whether new photographers of the tenant wait for an operator's approval. */
  @Transactional
  public void updatePhotographerApproval(String tenantId, boolean required) {
    Tenant tenant = require(tenantId);
    tenant.approvePhotographers(required);
    saved(tenant);
  }

  /** An operator changes the ranking weights (validated by the caller). */
  @Transactional
  public void updateRankingWeights(String tenantId, String weights) {
    Tenant tenant = require(tenantId);
    tenant.rankingWeights(weights);
    saved(tenant);
  }

  /**
   * The tenant's own wording: language → message key → text. Read on every page, so cached like the
   * tenant itself.
   */
  public Map<String, Map<String, String>> copy(String tenantId) {
    return copyCache.get(
        tenantId,
        k ->
            read(
                em ->
                    em.createQuery(
                            "SELECT c FROM TenantCopy c WHERE c.tenantId = :t", TenantCopy.class)
                        .setParameter("t", k)
                        .getResultStream()
                        .collect(
                            Collectors.groupingBy(
                                TenantCopy::language,
                                Collectors.toUnmodifiableMap(
                                    TenantCopy::messageKey, TenantCopy::text)))));
  }

  /**
   * Sets one message of the tenant in one language (checked by the caller); a null text goes back
   * to the default wording.
   */
  @Transactional
  public void updateCopy(String tenantId, String language, String key, String text) {
    var em = db.platformEm();
    require(tenantId);
    TenantCopy row = em.find(TenantCopy.class, new TenantCopy.Key(tenantId, language, key));
    if (text == null) {
      if (row != null) {
        em.remove(row);
      }
    } else if (row == null) {
      em.persist(new TenantCopy(tenantId, language, key, text));
    } else {
      row.text(text);
    }
    em.flush();
    clearCaches();
  }

  /** Every marketplace (not the platform console), newest first, with its host names. */
  public List<TenantSummary> list() {
    return read(
        em -> {
          Map<String, List<String>> hosts =
              em.createQuery("SELECT h FROM TenantHost h ORDER BY h.host", TenantHost.class)
                  .getResultStream()
                  .collect(
                      Collectors.groupingBy(
                          TenantHost::tenantId,
                          Collectors.mapping(TenantHost::host, Collectors.toList())));
          return em.createQuery(
                  "SELECT t FROM Tenant t WHERE t.id <> :platform ORDER BY t.createdAt DESC",
                  Tenant.class)
              .setParameter("platform", PLATFORM)
              .getResultStream()
              .map(
                  t ->
                      new TenantSummary(
                          t.id(),
                          t.name(),
                          hosts.getOrDefault(t.id(), List.of()),
                          t.theme(),
                          t.defaultLocale(),
                          t.categoryPlugins(),
                          t.createdAt()))
              .toList();
        });
  }

  /** Which of these host names some tenant already answers on. */
  public List<String> hostsTaken(List<String> hosts) {
    List<String> normalized = hosts.stream().map(TenantService::normalizeHost).toList();
    return read(
        em ->
            em.createQuery("SELECT h.host FROM TenantHost h WHERE h.host IN :hosts", String.class)
                .setParameter("hosts", normalized)
                .getResultList());
  }

  /** The operator renames the marketplace or changes its languages, currency and time zone. */
  @Transactional
  public TenantView updateProfile(
      String tenantId,
      String name,
      String defaultLocale,
      List<String> locales,
      String currency,
      ZoneId zone) {
    Tenant tenant = require(tenantId);
    tenant.profile(name, defaultLocale, locales, currency, zone.getId());
    return saved(tenant);
  }

  /** Switches the theme; every node shows it on its next page. */
  @Transactional
  public TenantView updateTheme(String tenantId, String theme) {
    Tenant tenant = require(tenantId);
    tenant.theme(theme);
    return saved(tenant);
  }

  /** The category plugins switched on, the order of their categories and the hidden ones. */
  @Transactional
  public TenantView updateCategories(
      String tenantId, List<String> plugins, List<String> order, List<String> hidden) {
    Tenant tenant = require(tenantId);
    tenant.categories(plugins, order, hidden);
    return saved(tenant);
  }

  private Tenant require(String tenantId) {
    Tenant tenant = db.platformEm().find(Tenant.class, tenantId);
    if (tenant == null) {
      throw new NotFoundException("tenant");
    }
    return tenant;
  }

  private TenantView saved(Tenant tenant) {
    db.platformEm().flush();
    clearCaches();
    return toView(tenant);
  }

  /**
   * Forgets cached tenants here at once, and on every node once the change is committed (a node
   * reloading earlier would read the old); a node that misses the signal reloads within {@link
   * #CACHE_LIFETIME}.
   */
  private void clearCaches() {
    clearLocalCaches();
    changed.fire(new Changed());
  }

  void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
    bus.publish(CHANGED, "");
  }

  /**
   * A tenant's row changed in the running transaction (its theme, copy, policy, hosts…); observed
   * after commit by what keeps pages drawn from it.
   */
  public record Changed() {}

  private void clearLocalCaches() {
    hostCache.clear();
    viewCache.clear();
    entityCache.clear();
    settingsCache.clear();
    copyCache.clear();
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
        t.approvePhotographers(),
        t.categoryOrder(),
        t.hiddenCategories());
  }
}
