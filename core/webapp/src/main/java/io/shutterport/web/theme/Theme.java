package io.shutterport.web.theme;

import java.util.Map;

/**
 * A loaded theme.
 *
 * @param id its id
 * @param name its name
 * @param primefacesTheme the PrimeFaces base theme
 * @param properties every value of theme.properties (colours, fonts, logo)
 * @param messages per language, the copy it overrides
 */
public record Theme(
    String id,
    String name,
    String primefacesTheme,
    Map<String, String> properties,
    Map<String, Map<String, String>> messages) {

  public String property(String key, String fallback) {
    return properties.getOrDefault(key, fallback);
  }
}
