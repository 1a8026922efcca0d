package io.shutterport.spi;

import java.util.Objects;

/**
 * One setting a plugin needs from the operator; the console renders a form field from it.
 *
 * @param name the key in {@link PluginConfig}
 * @param type how the value is entered and checked
 * @param required whether the plugin cannot start without it
 * @param defaultValue used when the operator leaves the field empty; may be null
 * @param label what the form shows
 */
public record ConfigField(
    String name, Type type, boolean required, String defaultValue, LocalizedText label) {

  /** Kinds of values. {@code SECRET} values are write-only in the console and never logged. */
  public enum Type {
    STRING,
    INTEGER,
    BOOLEAN,
    SECRET,
    URL
  }

  public ConfigField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
  }
}
