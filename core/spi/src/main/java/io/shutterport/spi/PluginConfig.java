package io.shutterport.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed configuration the host reads from a tenant's settings and hands to a plugin. Its {@link
 * #toString()} never shows values, so a config logged by mistake leaks no secret.
 */
public final class PluginConfig {
  private final Map<String, String> values;

  public PluginConfig(Map<String, String> values) {
    this.values = Map.copyOf(Objects.requireNonNull(values));
  }

  public static PluginConfig empty() {
    return new PluginConfig(Map.of());
  }

  public Optional<String> string(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  public String require(String key) {
    return string(key)
        .orElseThrow(() -> new PluginException("missing configuration: " + key, false));
  }

  public Optional<Integer> integer(String key) {
    try {
      return string(key).map(String::trim).map(Integer::valueOf);
    } catch (NumberFormatException e) {
      throw new PluginException("configuration " + key + " is not a whole number", false);
    }
  }

  public boolean flag(String key, boolean fallback) {
    return string(key).map(v -> Boolean.parseBoolean(v.trim())).orElse(fallback);
  }

  @Override
  public String toString() {
    return "PluginConfig" + values.keySet();
  }
}
