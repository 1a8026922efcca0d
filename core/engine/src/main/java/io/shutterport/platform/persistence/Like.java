package io.shutterport.platform.persistence;

import java.util.Locale;

/**
 * "Contains" as a case-blind LIKE pattern: the typed text is matched as it is, its {@code %} and
 * {@code _} included. Queries use it as {@code UPPER(x) LIKE :p ESCAPE '\'}.
 */
public final class Like {
  private Like() {}

  /** The pattern of values that contain {@code text}, whatever their case. */
  public static String containing(String text) {
    String escaped =
        text.strip()
            .toUpperCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
