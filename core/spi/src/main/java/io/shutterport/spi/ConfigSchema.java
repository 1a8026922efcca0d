package io.shutterport.spi;

import java.util.List;

/**
 * What configuration a plugin accepts.
 *
 * @param fields the settings, in display order
 */
public record ConfigSchema(List<ConfigField> fields) {
  public static final ConfigSchema EMPTY = new ConfigSchema(List.of());

  public ConfigSchema {
    fields = List.copyOf(fields);
  }

  public static ConfigSchema of(ConfigField... fields) {
    return new ConfigSchema(List.of(fields));
  }
}
