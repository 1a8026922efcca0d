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

  private String language;

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
    String pattern = themes.message(tenant().theme(), language(), key);
    if (pattern == null) {
      try {
        pattern = ResourceBundle.getBundle("io.shutterport.web.messages", locale()).getString(key);
      } catch (MissingResourceException e) {
        pattern = key;
      }
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
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
