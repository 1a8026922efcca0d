package io.shutterport.web.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shutterport.identity.AccountSuspended;
import io.shutterport.platform.cluster.ClusterBus;
import io.shutterport.platform.config.Settings;
import io.shutterport.platform.events.PublicReviewsChanged;
import io.shutterport.platform.events.SearchInputsChanged;
import io.shutterport.tenant.TenantService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/**
 * A node's copies of public pages as an anonymous visitor gets them, kept a few seconds (decision
 * 94): at a season's peak the same home, search and profile pages are asked for many times a
 * second, and each copy is served with a fresh CSP nonce, so only the drawing is saved.
 *
 * <p>The pages say anyone may keep them for a minute ({@link PublicPages#CACHE_CONTROL}); this
 * keeps them for {@code SHUTTERPORT_PAGES_CACHE} (5 s) at most, and less: a change that the pages
 * show drops its marketplace's copies on every node once it commits — catalog and portfolio changes
 * and reviews (with replies) the marketplace's copies, a hold or release only its searches by date,
 * a marketplace's settings or a suspension every copy. A visitor asking with {@code Cache-Control:
 * no-cache} gets the page drawn afresh.
 */
@ApplicationScoped
public class PageCache {
  /** The bus topic: a tenant id, and " dated" when only searches by date changed; * for all. */
  static final String CHANGED = "pages.changed";

  /** How many bytes of pages a node keeps at most. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private static final String DATED = " dated";
  private static final String EVERY_TENANT = "*";

  @Inject Settings settings;
  @Inject ClusterBus bus;

  private Cache<String, PublicPages.Page> pages;

  @PostConstruct
  void init() {
    Duration lifetime = settings.pageCache();
    if (lifetime.isZero() || lifetime.isNegative()) {
      return;
    }
    pages =
        Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, PublicPages.Page page) -> page.weight())
            .expireAfterWrite(lifetime)
            .build();
    bus.subscribe(CHANGED, this::forget);
  }

  /**
   * The key of the page a request asks for, or null when it must be drawn afresh (the cache is off,
   * or the visitor asked for no-cache). Everything the page is drawn from is in it: the
   * marketplace, the address with its query, and the language's sources (the language cookie,
   * Accept-Language).
   */
  String key(HttpServletRequest request, String tenantId) {
    if (pages == null || noCache(request.getHeader("Cache-Control"))) {
      return null;
    }
    String query = request.getQueryString();
    String date =
        request.getRequestURI().startsWith("/search") ? request.getParameter("date") : null;
    return tenantId
        + (date == null || date.isBlank() ? "" : DATED)
        + '\n'
        + request.getRequestURI()
        + (query == null ? "" : "?" + query)
        + '\n'
        + languageCookie(request)
        + '\n'
        + request.getHeader("Accept-Language");
  }

  PublicPages.Page get(String key) {
    return pages.getIfPresent(key);
  }

  void put(String key, PublicPages.Page page) {
    pages.put(key, page);
  }

  void onSearchInputs(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) SearchInputsChanged event) {
    switch (event.scope()) {
      case HOLDS -> changed(event.tenantId() + DATED);
      case FIGURES -> {} // ratings reach pages through PublicReviewsChanged
      default -> changed(event.tenantId());
    }
  }

  void onReviews(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicReviewsChanged event) {
    changed(event.tenantId());
  }

  void onPortfolio(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          io.shutterport.platform.events.PortfolioChanged event) {
    changed(event.tenantId());
  }

  void onMarketplace(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) TenantService.Changed event) {
    changed(EVERY_TENANT);
  }

  void onSuspension(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountSuspended event) {
    changed(EVERY_TENANT);
  }

  /** Here at once, then on the other nodes. */
  private void changed(String message) {
    if (pages == null) {
      return;
    }
    forget(message);
    bus.publish(CHANGED, message);
  }

  /** Drops the copies a change can affect: a tenant's (only its searches by date), or all. */
  private void forget(String message) {
    if (pages == null) {
      return;
    }
    if (message.equals(EVERY_TENANT)) {
      pages.invalidateAll();
      return;
    }
    String prefix = message.endsWith(DATED) ? message + '\n' : null;
    String tenant = message + '\n';
    String datedTenant = message + DATED + '\n';
    pages
        .asMap()
        .keySet()
        .removeIf(
            key ->
                prefix == null
                    ? key.startsWith(tenant) || key.startsWith(datedTenant)
                    : key.startsWith(prefix));
  }

  private static boolean noCache(String cacheControl) {
    return cacheControl != null
        && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"));
  }

  private static String languageCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (Localizer.COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return "";
  }
}
