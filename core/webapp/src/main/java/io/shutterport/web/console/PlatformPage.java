package io.shutterport.web.console;

import io.shutterport.console.MarketplaceForm;
import io.shutterport.console.Marketplaces;
import io.shutterport.platform.error.ForbiddenException;
import io.shutterport.platform.plugin.PluginHost;
import io.shutterport.platform.plugin.PluginView;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import io.shutterport.tenant.TenantSummary;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import io.shutterport.web.theme.Themes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The platform console's page: marketplaces, a form to create one, and the plugins' health. */
@Named("platformPage")
@RequestScoped
public class PlatformPage {
  @Inject Marketplaces marketplaces;
  @Inject PluginHost plugins;
  @Inject io.shutterport.platform.plugin.PluginInstaller installer;
  @Inject Themes themes;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;

  private String id;
  private String name;
  private String hosts;
  private String defaultLocale = "ja";
  private String currency = "JPY";
  private String timeZone = "Asia/Tokyo";
  private String theme = Themes.DEFAULT;
  private List<String> categoryPlugins = new ArrayList<>();
  private String operatorEmail;
  private String operatorName;

  private List<TenantSummary> tenants;
  private jakarta.servlet.http.Part archive;
  private String sha256;

  public String create() {
    return actions.run(
        () -> {
          if (!currentUser.isPlatformAdmin()) {
            throw new ForbiddenException();
          }
          marketplaces.create(
              currentUser.id(),
              new MarketplaceForm(
                  id,
                  name,
                  hosts == null
                      ? List.of()
                      : Arrays.stream(hosts.split("[,\\s]+")).filter(h -> !h.isBlank()).toList(),
                  defaultLocale,
                  currency,
                  timeZone,
                  theme,
                  categoryPlugins,
                  operatorEmail,
                  operatorName),
              themes.ids());
          actions.info("platform.created");
          actions.keepMessages();
          return "/platform/index?faces-redirect=true";
        });
  }

  /** Installs the uploaded plugin archive if it has the SHA-256 given. */
  public String install() {
    return actions.run(
        () -> {
          if (!currentUser.isPlatformAdmin()) {
            throw new ForbiddenException();
          }
          if (archive == null) {
            throw io.shutterport.platform.error.InvalidInputException.of(
                "archive", "validation.pluginArchive");
          }
          try (var in = archive.getInputStream()) {
            installer.install(currentUser.id(), in, sha256);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          actions.info("platform.installed");
          actions.keepMessages();
          return "/platform/index?faces-redirect=true";
        });
  }

  public jakarta.servlet.http.Part getArchive() {
    return archive;
  }

  public void setArchive(jakarta.servlet.http.Part archive) {
    this.archive = archive;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  public List<TenantSummary> getTenants() {
    if (tenants == null) {
      tenants = marketplaces.list();
    }
    return tenants;
  }

  public List<PluginView> getPlugins() {
    return plugins.plugins();
  }

  public List<String> getThemes() {
    return List.copyOf(themes.ids());
  }

  /** Plugins that contribute event categories, by id. */
  public List<String> getCategoryPluginIds() {
    return plugins.pluginIds(EventCategoryProviderFactory.class);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHosts() {
    return hosts;
  }

  public void setHosts(String hosts) {
    this.hosts = hosts;
  }

  public String getDefaultLocale() {
    return defaultLocale;
  }

  public void setDefaultLocale(String defaultLocale) {
    this.defaultLocale = defaultLocale;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
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

  public String getOperatorEmail() {
    return operatorEmail;
  }

  public void setOperatorEmail(String operatorEmail) {
    this.operatorEmail = operatorEmail;
  }

  public String getOperatorName() {
    return operatorName;
  }

  public void setOperatorName(String operatorName) {
    this.operatorName = operatorName;
  }
}
