package io.shutterport.spi.category;

import io.shutterport.spi.LocalizedText;
import java.util.Objects;

/**
 * An extra question asked when booking a category.
 *
 * @param name the key the answer is stored under
 * @param type how it is entered
 * @param required whether an answer is needed
 * @param pattern a regular expression the answer must match; null for none
 * @param label the localised question
 */
public record BookingField(
    String name, Type type, boolean required, String pattern, LocalizedText label) {

  /** Input kinds. */
  public enum Type {
    TEXT,
    NUMBER,
    DATE
  }

  public BookingField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
  }
}
