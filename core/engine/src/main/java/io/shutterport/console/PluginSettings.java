package io.shutterport.console;

import io.shutterport.identity.IdentityService;
import io.shutterport.identity.Role;
import io.shutterport.platform.audit.AuditLog;
import io.shutterport.platform.config.OutboundUrls;
import io.shutterport.platform.error.InvalidInputException;
import io.shutterport.platform.error.NotFoundException;
import io.shutterport.platform.error.ShutterportException.FieldError;
import io.shutterport.platform.plugin.PluginHost;
import io.shutterport.platform.plugin.PluginInstances;
import io.shutterport.platform.tenancy.TenantContext;
import io.shutterport.spi.ConfigField;
import io.shutterport.spi.ExtensionFactory;
import io.shutterport.spi.category.EventCategoryProviderFactory;
import io.shutterport.spi.payment.PaymentProviderFactory;
import io.shutterport.tenant.TenantPlugins;
import io.shutterport.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An operator configures the plugins their marketplace uses (its payment provider, its category
 * plugins) through forms drawn from each plugin's {@link io.shutterport.spi.ConfigSchema}. Secret
 * fields are write-only: their values are never sent back, and leaving one empty keeps it. A new
 * configuration is checked field by field, then by creating the plugin's instance with it, before
 * anything is saved; the audit log records which fields changed, never their values.
 */
@ApplicationScoped
public class PluginSettings {
  static final int MAX_VALUE = 2000;

  @Inject TenantService tenants;
  @Inject OutboundUrls outboundUrls;
  @Inject TenantPlugins tenantPlugins;
  @Inject PluginHost host;
  @Inject PluginInstances instances;
  @Inject IdentityService identity;
  @Inject AuditLog audit;
  @Inject TenantContext context;

  /**
   * One field of a plugin's form.
   *
   * @param name its key
   * @param type STRING, INTEGER, BOOLEAN, SECRET or URL
   * @param required whether the plugin needs it
   * @param label its label in the caller's language
   * @param value its current value; always null for a SECRET
   * @param set whether a value is stored (how a SECRET shows it has one)
   */
  public record Field(
      String name, String type, boolean required, String label, String value, boolean set) {}

  /**
   * A plugin the marketplace uses, with its form.
   *
   * @param pluginId the plugin
   * @param kind PAYMENT or CATEGORY
   * @param fields its settings
   */
  public record Form(String pluginId, String kind, List<Field> fields) {}

  /** The forms of every plugin the marketplace uses that has settings. */
  public List<Form> forms(String operatorId, String language) {
    identity.requireRole(operatorId, Role.OPERATOR);
    List<Form> forms = new ArrayList<>();
    for (String pluginId : configurable()) {
      Form form = form(pluginId, language);
      if (!form.fields().isEmpty()) {
        forms.add(form);
      }
    }
    return forms;
  }

  public Form form(String operatorId, String pluginId, String language) {
    identity.requireRole(operatorId, Role.OPERATOR);
    if (!configurable().contains(pluginId)) {
      throw new NotFoundException("plugin");
    }
    return form(pluginId, language);
  }

  /** Saves a plugin's settings, all or nothing. */
  @Transactional
  public Form save(String operatorId, String pluginId, Map<String, String> given, String language) {
    identity.requireRole(operatorId, Role.OPERATOR);
    if (!configurable().contains(pluginId)) {
      throw new NotFoundException("plugin");
    }
    Map<String, String> stored = tenants.settingsOf(context.require(), pluginId);
    Map<String, String> values = checked(pluginId, given == null ? Map.of() : given, stored);
    tenants.replacePluginSettings(context.require(), pluginId, values);
    var changed = new TreeSet<String>();
    values.forEach(
        (k, v) -> {
          if (!v.equals(stored.get(k))) {
            changed.add(k);
          }
        });
    stored.keySet().stream().filter(k -> !values.containsKey(k)).forEach(changed::add);
    audit.record(operatorId, "plugin.configure", pluginId, "fields=" + changed);
    return form(pluginId, language);
  }

  /**
   * The values to keep for a plugin: each field checked by its type (an empty secret keeps the
   * stored one), unknown fields refused, then an instance created with them; all or nothing.
   */
  private Map<String, String> checked(
      String pluginId, Map<String, String> input, Map<String, String> stored) {
    List<ConfigField> schema = factory(pluginId).configSchema().fields();
    Map<String, String> values = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (String name : input.keySet()) {
      if (schema.stream().noneMatch(f -> f.name().equals(name))) {
        errors.add(
            new FieldError(
                "settings." + InvalidInputException.plainFieldName(name),
                "validation.pluginSettingUnknown"));
      }
    }
    for (ConfigField field : schema) {
      String value = input.get(field.name());
      value = value == null ? "" : value.strip();
      if (value.isEmpty() && field.type() == ConfigField.Type.SECRET) {
        value = stored.getOrDefault(field.name(), ""); // write-only: empty keeps the secret
      }
      if (value.isEmpty()) {
        if (field.required() && field.defaultValue() == null) {
          errors.add(new FieldError("settings." + field.name(), "validation.pluginSetting"));
        }
        continue;
      }
      if (!valid(field.type(), value)) {
        errors.add(new FieldError("settings." + field.name(), "validation.pluginSetting"));
        continue;
      }
      if (field.type() == ConfigField.Type.URL
          && outboundUrls.check(value) != OutboundUrls.Verdict.ALLOWED) {
        errors.add(new FieldError("settings." + field.name(), "validation.internalUrl"));
        continue;
      }
      values.put(field.name(), value);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    try {
      instances.bind(factoryType(pluginId), pluginId, "check:" + context.require(), values);
    } catch (RuntimeException e) {
      throw InvalidInputException.of("settings", "validation.pluginSetting");
    }
    return values;
  }

  private Form form(String pluginId, String language) {
    Map<String, String> stored = tenants.settingsOf(context.require(), pluginId);
    List<Field> fields = new ArrayList<>();
    for (ConfigField f : factory(pluginId).configSchema().fields()) {
      boolean secret = f.type() == ConfigField.Type.SECRET;
      String value = stored.get(f.name());
      fields.add(
          new Field(
              f.name(),
              f.type().name(),
              f.required(),
              f.label().in(language),
              secret ? null : value != null ? value : f.defaultValue(),
              value != null));
    }
    return new Form(pluginId, isPayment(pluginId) ? "PAYMENT" : "CATEGORY", fields);
  }

  /**
   * Switches the marketplace's payment provider, optionally saving its settings first (checked as
   * by {@link #save}); without settings, the ones saved earlier are used. A provider missing
   * required settings is refused.
   */
  @Transactional
  public void choosePayment(String operatorId, String pluginId, Map<String, String> settings) {
    identity.requireRole(operatorId, Role.OPERATOR);
    if (pluginId == null || !paymentPlugins().contains(pluginId)) {
      throw InvalidInputException.of("pluginId", "validation.plugin");
    }
    if (settings != null && !settings.isEmpty()) {
      save(operatorId, pluginId, settings, "en");
    }
    if (pluginId.equals(tenants.paymentPluginOf(context.require()))) {
      return;
    }
    Map<String, String> stored = tenants.settingsOf(context.require(), pluginId);
    tenants.updatePaymentPlugin(context.require(), pluginId, checked(pluginId, stored, stored));
    audit.record(operatorId, "settings.payment", context.require(), pluginId);
  }

  /**
   * Every installed payment plugin (so one can be set up before switching to it) and the category
   * plugins the marketplace has on.
   */
  private List<String> configurable() {
    List<String> ids = new ArrayList<>(paymentPlugins());
    ids.addAll(
        tenantPlugins.enabledPlugins().stream()
            .filter(id -> host.findFactory(EventCategoryProviderFactory.class, id).isPresent())
            .toList());
    return ids;
  }

  /** Installed payment plugins, by id. */
  public List<String> paymentPlugins() {
    return host.pluginIds(PaymentProviderFactory.class);
  }

  private boolean isPayment(String pluginId) {
    return paymentPlugins().contains(pluginId);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Class factoryType(String pluginId) {
    return isPayment(pluginId) ? PaymentProviderFactory.class : EventCategoryProviderFactory.class;
  }

  @SuppressWarnings("unchecked")
  private ExtensionFactory<?> factory(String pluginId) {
    return (ExtensionFactory<?>) host.factory(factoryType(pluginId), pluginId).factory();
  }

  static boolean valid(ConfigField.Type type, String value) {
    if (value.length() > MAX_VALUE || value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      return false;
    }
    return switch (type) {
      case INTEGER -> value.matches("-?[0-9]{1,9}");
      case BOOLEAN -> value.equals("true") || value.equals("false");
      case URL -> url(value);
      case STRING, SECRET -> true;
    };
  }

  private static boolean url(String value) {
    try {
      URI uri = URI.create(value);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
