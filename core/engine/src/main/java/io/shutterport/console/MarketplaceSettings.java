package io.shutterport.console;

import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.audit.AuditLog;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.plugin.PluginHost;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.spi.category.EventCategory;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An operator's settings of their own marketplace. Each change is checked whole before anything is
 * saved, is audited in the same transaction, and reaches every node on its next page.
 */
@ApplicationScoped
public class MarketplaceSettings {
  @Inject TenantService tenants;
  @Inject TenantPlugins tenantPlugins;
  @Inject PluginHost plugins;
  @Inject IdentityService identity;
  @Inject AuditLog audit;
  @Inject TenantContext context;
  @Inject io.shutterport.catalog.CatalogService catalog;

  public TenantView current(String operatorId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return tenants.byId(context.require());
  }

  /**
   * Renames the marketplace, or changes its languages, currency and time zone. The currency can
   * change only while no plan exists: prices, payments and the ledger are in one currency.
   */
  @Transactional
  public TenantView updateProfile(
      String operatorId,
      String name,
      String defaultLocale,
      List<String> locales,
      String currency,
      String zone) {
    identity.requireRole(operatorId, Role.OPERATOR);
    List<FieldError> errors = new ArrayList<>();
    String cleanName = Validation.name(name, "name", errors);
    Validation.locale(defaultLocale, "defaultLocale", errors);
    List<String> offered = locales == null ? List.of() : List.copyOf(new LinkedHashSet<>(locales));
    if (offered.isEmpty()
        || !Validation.LOCALES.containsAll(offered)
        || !offered.contains(defaultLocale)) {
      errors.add(new FieldError("locales", "validation.locales"));
    }
    var timeZone = Validation.zone(zone, "timeZone", errors);
    TenantView before = tenants.byId(context.require());
    String money = currency == null || currency.isBlank() ? before.currency() : currency.strip();
    if (!Validation.CURRENCIES.contains(money)) {
      errors.add(new FieldError("currency", "validation.currency"));
    } else if (!money.equals(before.currency()) && catalog.hasPlans()) {
      errors.add(new FieldError("currency", "validation.currencyLocked"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    TenantView updated =
        tenants.updateProfile(
            context.require(), cleanName, defaultLocale, offered, money, timeZone);
    audit.record(
        operatorId,
        "settings.profile",
        context.require(),
        cleanName + " " + defaultLocale + " " + offered + " " + money + " " + timeZone);
    return updated;
  }

  /** Switches the theme. */
  @Transactional
  public TenantView chooseTheme(String operatorId, String theme, Set<String> installed) {
    identity.requireRole(operatorId, Role.OPERATOR);
    if (theme == null || !installed.contains(theme)) {
      throw InvalidInputException.of("theme", "validation.theme");
    }
    TenantView updated = tenants.updateTheme(context.require(), theme);
    audit.record(operatorId, "settings.theme", context.require(), theme);
    return updated;
  }

  /** Category plugins that are installed and started, by id. */
  public List<String> categoryPlugins() {
    return plugins.pluginIds(EventCategoryProviderFactory.class);
  }

  /**
   * Switches category plugins on or off and arranges their categories.
   *
   * @param operatorId the operator
   * @param enabled the category plugins to offer
   * @param order category ids, first shown first (others follow)
   * @param hidden category ids not to offer
   */
  @Transactional
  public TenantView arrangeCategories(
      String operatorId, List<String> enabled, List<String> order, List<String> hidden) {
    identity.requireRole(operatorId, Role.OPERATOR);
    List<String> pluginIds =
        enabled == null ? List.of() : List.copyOf(new LinkedHashSet<>(enabled));
    if (!categoryPlugins().containsAll(pluginIds)) {
      throw InvalidInputException.of("categoryPlugins", "validation.categoryPlugin");
    }
    Set<String> known = new LinkedHashSet<>();
    for (EventCategory category : tenantPlugins.categoriesOf(pluginIds)) {
      known.add(category.id());
    }
    List<String> ordered = order == null ? List.of() : List.copyOf(new LinkedHashSet<>(order));
    List<String> off = hidden == null ? List.of() : List.copyOf(new LinkedHashSet<>(hidden));
    if (!known.containsAll(ordered) || !known.containsAll(off)) {
      throw InvalidInputException.of("categories", "validation.category");
    }
    TenantView updated = tenants.updateCategories(context.require(), pluginIds, ordered, off);
    audit.record(
        operatorId,
        "settings.categories",
        context.require(),
        "plugins=" + pluginIds + " order=" + ordered + " hidden=" + off);
    return updated;
  }

  /** The longest wording an operator may give one message. */
  public static final int COPY_LENGTH = 2000;

  /** The marketplace's own wording, language → message key → text. */
  public java.util.Map<String, java.util.Map<String, String>> copy(String operatorId) {
    identity.requireRole(operatorId, Role.OPERATOR);
    return tenants.copy(context.require());
  }

  /**
   * Words one message of the pages the marketplace's way, in each language given, or (blank text)
   * goes back to the default there. The text is plain: pages escape it. All languages are checked
   * before any is saved.
   *
   * @param operatorId the operator
   * @param key a message key of the pages
   * @param texts language (ja, en) → wording of at most {@value #COPY_LENGTH} characters, or blank
   * @param knownKeys the message keys the pages have (the caller's bundle)
   */
  @Transactional
  public void updateCopy(
      String operatorId, String key, java.util.Map<String, String> texts, Set<String> knownKeys) {
    identity.requireRole(operatorId, Role.OPERATOR);
    List<FieldError> errors = new ArrayList<>();
    String k = key == null ? null : key.strip();
    if (k == null || !knownKeys.contains(k)) {
      errors.add(new FieldError("key", "validation.copyKey"));
    }
    java.util.Map<String, String> clean = new java.util.TreeMap<>();
    (texts == null ? java.util.Map.<String, String>of() : texts)
        .forEach(
            (language, text) -> {
              Validation.locale(language, "language", errors);
              String value = text == null || text.isBlank() ? null : text.strip();
              if (value != null
                  && (value.length() > COPY_LENGTH
                      || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'))) {
                errors.add(new FieldError(language, "validation.copyText"));
              }
              clean.put(language, value);
            });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    clean.forEach((language, value) -> tenants.updateCopy(context.require(), language, k, value));
    audit.record(operatorId, "settings.copy", context.require(), k + " " + clean.keySet());
  }
}
