package io.shutterport.console;

import io.shutterport.identity.IdentityService;
import io.shutterport.platform.error.ShutterportException.FieldError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks shared by the platform's and the operators' forms; each adds field errors. */
final class Validation {
  static final Set<String> LOCALES = Set.of("ja", "en");
  static final Set<String> CURRENCIES = Set.of("JPY", "USD", "EUR");

  /** RFC 1123 host names with at least two labels, lower case, no port or scheme. */
  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

  private Validation() {}

  static boolean isHost(String host) {
    return host != null && HOST.matcher(host).matches();
  }

  static String name(String name, String field, List<FieldError> errors) {
    String value = name == null ? "" : name.strip();
    if (value.isEmpty() || value.length() > 80 || value.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(field, "validation.name"));
    }
    return value;
  }

  static String locale(String locale, String field, List<FieldError> errors) {
    if (locale == null || !LOCALES.contains(locale)) {
      errors.add(new FieldError(field, "validation.locale"));
    }
    return locale;
  }

  static ZoneId zone(String zone, String field, List<FieldError> errors) {
    if (zone != null && !zone.isBlank()) {
      try {
        return ZoneId.of(zone.strip());
      } catch (DateTimeException e) {
        // falls through to the error
      }
    }
    errors.add(new FieldError(field, "validation.timeZone"));
    return null;
  }

  static String email(String email, String field, List<FieldError> errors) {
    String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (!IdentityService.isEmail(value)) {
      errors.add(new FieldError(field, "validation.email"));
    }
    return value;
  }
}
