package io.shutterport.web.console;

import io.shutterport.console.MarketplaceSettings;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantView;
import io.shutterport.web.catalog.CategoryView;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import io.shutterport.web.theme.Themes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator console's settings page: the marketplace's name, languages and time zone; its theme
 * with a live preview; its category plugins and the order and visibility of their categories.
 */
@Named("console")
@RequestScoped
public class ConsolePage {
  @Inject MarketplaceSettings settings;
  @Inject TenantPlugins tenantPlugins;
  @Inject Themes themes;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject Localizer localizer;

  private String name;
  private String defaultLocale;
  private List<String> locales = new ArrayList<>();
  private String timeZone;
  private String currency;
  private String paymentPlugin;
  private String theme;
  private List<String> categoryPlugins = new ArrayList<>();
  private List<String> shownCategories = new ArrayList<>();
  private List<CategoryView> arrangedCategories;

  @Inject io.shutterport.booking.BookingService bookings;
  @Inject io.shutterport.console.PluginSettings pluginSettings;
  @Inject io.shutterport.tenant.TenantService tenants;

  private io.shutterport.booking.BookingRules rules;
  private String requestTtl;
  private String autoCompleteAfter;
  private String payoutDelay;
  private Integer commissionBasisPoints;
  private String cancellationPolicy;
  private String reviewWindow;
  private Integer tipShareBasisPoints;
  private String travelFeeBands;

  /** Commission, cancellation policy, review window, auto-acceptance and the other timings. */
  public String saveRules() {
    return saved(
        () -> {
          bookings.updateRules(
              currentUser.id(),
              new io.shutterport.booking.BookingRules(
                  requestTtl,
                  autoCompleteAfter,
                  payoutDelay,
                  commissionBasisPoints,
                  cancellationPolicy,
                  reviewWindow,
                  tipShareBasisPoints,
                  travelFeeBands));
          return settings.current(currentUser.id());
        });
  }

  /**
   * Switches the payment provider; its settings form appears below, to be filled in before
   * customers pay (a provider whose required settings are missing is refused).
   */
  public String choosePayment() {
    return saved(
        () -> {
          pluginSettings.choosePayment(currentUser.id(), paymentPlugin, null);
          return settings.current(currentUser.id());
        });
  }

  /** Installed payment plugins, by id. */
  public List<String> getPaymentPlugins() {
    return pluginSettings.paymentPlugins();
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getPaymentPlugin() {
    return paymentPlugin;
  }

  public void setPaymentPlugin(String paymentPlugin) {
    this.paymentPlugin = paymentPlugin;
  }

  /** The settings forms of the plugins in use; secrets are never rendered. */
  public List<io.shutterport.console.PluginSettings.Form> getPluginForms() {
    return pluginSettings.forms(currentUser.id(), localizer.language());
  }

  /** Saves one plugin's form, posted as plugin.<id>.<field>. */
  public String savePlugin(String pluginId) {
    return saved(
        () -> {
          String prefix = "plugin." + pluginId + ".";
          java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
          jakarta.faces.context.FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .forEach(
                  (name, value) -> {
                    if (name.startsWith(prefix) && values.size() < 50) {
                      values.put(name.substring(prefix.length()), value);
                    }
                  });
          pluginSettings.save(currentUser.id(), pluginId, values, localizer.language());
          return settings.current(currentUser.id());
        });
  }

  @PostConstruct
  void load() {
    TenantView t = settings.current(currentUser.id());
    name = t.name();
    defaultLocale = t.defaultLocale();
    locales = new ArrayList<>(t.locales());
    timeZone = t.zone().getId();
    currency = t.currency();
    paymentPlugin = tenants.paymentPluginOf(t.id());
    theme = t.theme();
    categoryPlugins = new ArrayList<>(tenantPlugins.enabledPlugins());
    shownCategories =
        new ArrayList<>(tenantPlugins.categories().stream().map(c -> c.id()).toList());
    rules = bookings.rules(currentUser.id());
    requestTtl = rules.requestTtl();
    autoCompleteAfter = rules.autoCompleteAfter();
    payoutDelay = rules.payoutDelay();
    commissionBasisPoints = rules.commissionBasisPoints();
    cancellationPolicy = rules.cancellationPolicy();
    reviewWindow = rules.reviewWindow();
    tipShareBasisPoints = rules.tipShareBasisPoints();
    travelFeeBands = rules.travelFeeBands();
  }

  public String saveProfile() {
    return saved(
        () ->
            settings.updateProfile(
                currentUser.id(), name, defaultLocale, locales, currency, timeZone));
  }

  public String saveTheme() {
    return saved(() -> settings.chooseTheme(currentUser.id(), theme, themes.ids()));
  }

  /** Saves which plugins are on and which of their categories are shown, keeping the order. */
  public String saveCategories() {
    return saved(
        () -> {
          List<String> order = arranged();
          List<String> hidden = new ArrayList<>();
          for (var c : tenantPlugins.categoriesOf(categoryPlugins)) {
            // A category the page listed and the operator unticked; a newly enabled plugin's
            // categories were not on the page and start shown.
            if (order.contains(c.id()) && !shownCategories.contains(c.id())) {
              hidden.add(c.id());
            }
          }
          order.retainAll(
              tenantPlugins.categoriesOf(categoryPlugins).stream().map(c -> c.id()).toList());
          return settings.arrangeCategories(currentUser.id(), categoryPlugins, order, hidden);
        });
  }

  /** Moves a category one place up (or down) in the order customers see. */
  public String move(String categoryId, int by) {
    return saved(
        () -> {
          List<String> order = arranged();
          int at = order.indexOf(categoryId);
          int to = at + by;
          if (at >= 0 && to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, categoryId);
          }
          TenantView t = settings.current(currentUser.id());
          return settings.arrangeCategories(
              currentUser.id(), tenantPlugins.enabledPlugins(), order, t.hiddenCategories());
        });
  }

  /** Every category of the enabled plugins in today's order: shown ones first, as customers see. */
  public List<CategoryView> getArrangedCategories() {
    if (arrangedCategories != null) {
      return arrangedCategories; // the page shows the list twice: read the plugins once
    }
    List<CategoryView> all = new ArrayList<>();
    var byId = new java.util.HashMap<String, CategoryView>();
    tenantPlugins
        .allCategories()
        .forEach(c -> byId.put(c.id(), CategoryView.of(c, localizer.language())));
    for (String id : arranged()) {
      all.add(byId.get(id));
    }
    arrangedCategories = all;
    return all;
  }

  private List<String> arranged() {
    TenantView t = settings.current(currentUser.id());
    List<String> ids = new ArrayList<>();
    tenantPlugins.categories().forEach(c -> ids.add(c.id()));
    tenantPlugins.allCategories().stream()
        .filter(c -> t.hiddenCategories().contains(c.id()))
        .forEach(c -> ids.add(c.id()));
    return ids;
  }

  private String saved(java.util.function.Supplier<TenantView> change) {
    return actions.run(
        () -> {
          change.get();
          actions.info("console.saved");
          actions.keepMessages();
          return "/operator/settings?faces-redirect=true";
        });
  }

  public List<String> getThemes() {
    return List.copyOf(themes.ids());
  }

  public List<String> getAvailableCategoryPlugins() {
    return settings.categoryPlugins();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDefaultLocale() {
    return defaultLocale;
  }

  public void setDefaultLocale(String defaultLocale) {
    this.defaultLocale = defaultLocale;
  }

  public List<String> getLocales() {
    return locales;
  }

  public void setLocales(List<String> locales) {
    this.locales = locales == null ? new ArrayList<>() : locales;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public List<String> getCategoryPlugins() {
    return categoryPlugins;
  }

  public void setCategoryPlugins(List<String> categoryPlugins) {
    this.categoryPlugins = categoryPlugins == null ? new ArrayList<>() : categoryPlugins;
  }

  public List<String> getShownCategories() {
    return shownCategories;
  }

  public void setShownCategories(List<String> shownCategories) {
    this.shownCategories = shownCategories == null ? new ArrayList<>() : shownCategories;
  }

  public String getRequestTtl() {
    return requestTtl;
  }

  public void setRequestTtl(String requestTtl) {
    this.requestTtl = requestTtl;
  }

  public String getAutoCompleteAfter() {
    return autoCompleteAfter;
  }

  public void setAutoCompleteAfter(String autoCompleteAfter) {
    this.autoCompleteAfter = autoCompleteAfter;
  }

  public String getPayoutDelay() {
    return payoutDelay;
  }

  public void setPayoutDelay(String payoutDelay) {
    this.payoutDelay = payoutDelay;
  }

  public Integer getCommissionBasisPoints() {
    return commissionBasisPoints;
  }

  public void setCommissionBasisPoints(Integer commissionBasisPoints) {
    this.commissionBasisPoints = commissionBasisPoints;
  }

  public String getCancellationPolicy() {
    return cancellationPolicy;
  }

  public void setCancellationPolicy(String cancellationPolicy) {
    this.cancellationPolicy = cancellationPolicy;
  }

  public String getReviewWindow() {
    return reviewWindow;
  }

  public void setReviewWindow(String reviewWindow) {
    this.reviewWindow = reviewWindow;
  }

  public Integer getTipShareBasisPoints() {
    return tipShareBasisPoints;
  }

  public void setTipShareBasisPoints(Integer tipShareBasisPoints) {
    this.tipShareBasisPoints = tipShareBasisPoints;
  }

  public String getTravelFeeBands() {
    return travelFeeBands;
  }

  public void setTravelFeeBands(String travelFeeBands) {
    this.travelFeeBands = travelFeeBands;
  }
}
