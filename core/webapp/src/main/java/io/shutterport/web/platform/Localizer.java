package io.shutterport.web.platform;

import io.shutterport.tenant.TenantView;
import io.shutterport.web.theme.Themes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of this request (a {@code lang} cookie, else Accept-Language, else the tenant's
 * default) and the localised messages: the theme's copy first, then the core bundle.
 */
@RequestScoped
public class Localizer {
  public static final String COOKIE = "sp_lang";

  @Inject HttpServletRequest request;
  @Inject Themes themes;
  @Inject io.shutterport.tenant.TenantService tenants;

  private String language;
  private java.util.Map<String, String> copy;

  public String language() {
    if (language == null) {
      language = resolve();
    }
    return language;
  }

  public Locale locale() {
    return Locale.forLanguageTag(language());
  }

  /** The message for {@code key} in this request's language, with arguments filled in. */
  public String message(String key, Object... args) {
    if (SITE_NAME.equals(key) && tenant() != null) {
      return tenant().name(); // the marketplace's own brand, whatever its theme
    }
    String own = copy().get(key);
    if (own != null) {
      try {
        return args.length == 0 ? own : new MessageFormat(own, locale()).format(args);
      } catch (IllegalArgumentException e) {
        // an operator's wording that is not a valid pattern: the default wording stands
      }
    }
    String pattern = defaultMessage(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
  }

  /** The message as the theme (else the core bundle) words it, without the marketplace's copy. */
  public String defaultMessage(String key) {
    return defaultMessage(key, language());
  }

  /** {@link #defaultMessage(String)} in a given language. */
  public String defaultMessage(String key, String language) {
    String pattern = themes.message(themeId(), language, key);
    if (pattern != null) {
      return pattern;
    }
    try {
      return ResourceBundle.getBundle(
              "io.shutterport.web.messages", Locale.forLanguageTag(language))
          .getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Every message key of the pages (the core bundle's; themes only reword them). */
  public static java.util.Set<String> keys() {
    return Keys.ALL;
  }

  /** The bundle's keys, read once (the bundle is part of the build). */
  private static final class Keys {
    static final java.util.Set<String> ALL = read();

    private static java.util.Set<String> read() {
      java.util.Set<String> keys =
          new java.util.TreeSet<>(
              ResourceBundle.getBundle("io.shutterport.web.messages", Locale.ROOT).keySet());
      keys.remove(SITE_NAME); // the marketplace's name, set on its profile
      return java.util.Collections.unmodifiableSet(keys);
    }
  }

  /** The marketplace's own wording in this request's language. */
  private java.util.Map<String, String> copy() {
    if (copy == null) {
      TenantView tenant = tenant();
      copy =
          tenant == null
              ? java.util.Map.of()
              : tenants.copy(tenant.id()).getOrDefault(language(), java.util.Map.of());
    }
    return copy;
  }

  /** A field error's message in this request's language (a plugin's own text, or the key's). */
  public String message(io.shutterport.platform.error.ShutterportException.FieldError error) {
    String text = error.text(language());
    return text != null ? text : message(error.messageKey());
  }

  private static final String SITE_NAME = "site.name";

  /** The theme this request's pages are drawn in (the tenant's, or the operator's preview). */
  public String themeId() {
    Object theme = request.getAttribute(TenantFilter.THEME);
    return theme != null ? theme.toString() : tenant() != null ? tenant().theme() : Themes.DEFAULT;
  }

  private TenantView tenant() {
    return (TenantView) request.getAttribute("tenant");
  }

  private String resolve() {
    TenantView tenant = tenant();
    String wanted = null;
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName())) {
          wanted = cookie.getValue();
        }
      }
    }
    if (wanted == null) {
      String header = request.getHeader("Accept-Language");
      if (header != null && !header.isBlank()) {
        wanted =
            header
                .strip()
                .substring(0, Math.min(2, header.strip().length()))
                .toLowerCase(Locale.ROOT);
      }
    }
    if (tenant == null) {
      return "en".equals(wanted) ? "en" : "ja";
    }
    return wanted != null && tenant.locales().contains(wanted) ? wanted : tenant.defaultLocale();
  }
}
