package io.shutterport.console;

import io.shutterport.platform.config.Settings;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.plugin.PluginHost;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.platform.tenancy.TenantWork;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import io.shutterport.tenant.NewTenant;
import io.shutterport.tenant.TenantService;
import io.shutterport.tenant.TenantSummary;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * The platform administrator's side: marketplaces on their host names. Creating one checks every
 * field first, then writes the tenant, its hosts, its first operator (invited by mail) and the
 * audit entry in one transaction of the new tenant — all or nothing.
 */
@ApplicationScoped
public class Marketplaces {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");
  private static final int MAX_HOSTS = 10;

  @Inject TenantService tenants;
  @Inject PluginHost plugins;
  @Inject Settings settings;
  @Inject TenantContext context;
  @Inject TenantWork work;
  @Inject MarketplaceWriter writer;

  @Resource ManagedExecutorService executor;

  public List<TenantSummary> list() {
    return tenants.list();
  }

  /**
   * Creates a marketplace.
   *
   * @param adminId the platform administrator, for the audit log
   * @param form what was filled in
   * @param themes the theme ids installed
   * @return the new marketplace
   */
  public TenantSummary create(String adminId, MarketplaceForm form, Set<String> themes) {
    if (form == null) {
      throw InvalidInputException.of("id", "validation.required");
    }
    List<FieldError> errors = new ArrayList<>();
    String id = form.id() == null ? "" : form.id().strip();
    if (!ID.matcher(id).matches() || TenantService.PLATFORM.equals(id)) {
      errors.add(new FieldError("id", "validation.tenantId"));
    } else if (tenants.exists(id)) {
      errors.add(new FieldError("id", "validation.tenantTaken"));
    }
    String name = Validation.name(form.name(), "name", errors);
    List<String> hosts = hosts(form.hosts(), errors);
    String locale = Validation.locale(form.defaultLocale(), "defaultLocale", errors);
    if (form.currency() == null || !Validation.CURRENCIES.contains(form.currency())) {
      errors.add(new FieldError("currency", "validation.currency"));
    }
    var zone = Validation.zone(form.timeZone(), "timeZone", errors);
    if (form.theme() == null || !themes.contains(form.theme())) {
      errors.add(new FieldError("theme", "validation.theme"));
    }
    List<String> categories = categoryPlugins(form.categoryPlugins(), errors);
    String operatorEmail = Validation.email(form.operatorEmail(), "operatorEmail", errors);
    String operatorName = Validation.name(form.operatorName(), "operatorName", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    NewTenant spec =
        new NewTenant(
            id,
            name,
            hosts,
            locale,
            form.currency(),
            zone.getId(),
            form.theme(),
            1000,
            settings.storagePlugin(),
            "payment-invoice",
            categories,
            Map.of());
    String link = origin(hosts.get(0));
    try {
      executor
          .submit(
              () ->
                  work.call(
                      id,
                      () -> {
                        writer.write(adminId, spec, operatorEmail, operatorName, link);
                        return null;
                      }))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      // Another administrator may have taken the id or a host name a moment ago.
      if (tenants.exists(id)) {
        throw InvalidInputException.of("id", "validation.tenantTaken");
      }
      if (!tenants.hostsTaken(hosts).isEmpty()) {
        throw InvalidInputException.of("hosts", "validation.hostTaken");
      }
      if (e.getCause() instanceof ShutterportException known) {
        throw known;
      }
      throw new IllegalStateException("creating marketplace " + id + " failed", e.getCause());
    }
    return tenants.list().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private List<String> hosts(List<String> given, List<FieldError> errors) {
    List<String> hosts = new ArrayList<>();
    if (given == null || given.isEmpty() || given.size() > MAX_HOSTS) {
      errors.add(new FieldError("hosts", "validation.hosts"));
      return hosts;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : given) {
      String host = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
      if (!Validation.isHost(host)) {
        errors.add(new FieldError("hosts", "validation.host"));
        return hosts;
      }
      if (!seen.add(host)) {
        errors.add(new FieldError("hosts", "validation.hostDuplicate"));
        return hosts;
      }
    }
    hosts.addAll(seen);
    if (hosts.contains(settings.platformHost()) || !tenants.hostsTaken(hosts).isEmpty()) {
      errors.add(new FieldError("hosts", "validation.hostTaken"));
    }
    return hosts;
  }

  private List<String> categoryPlugins(List<String> given, List<FieldError> errors) {
    List<String> ids = given == null ? List.of() : List.copyOf(new LinkedHashSet<>(given));
    if (!plugins.pluginIds(EventCategoryProviderFactory.class).containsAll(ids)) {
      errors.add(new FieldError("categoryPlugins", "validation.categoryPlugin"));
    }
    return ids;
  }

  /** The new marketplace's address, on the scheme and port the console was reached on. */
  private String origin(String host) {
    URI console = URI.create(context.origin().isEmpty() ? "http://localhost" : context.origin());
    return console.getScheme()
        + "://"
        + host
        + (console.getPort() > 0 ? ":" + console.getPort() : "");
  }
}
