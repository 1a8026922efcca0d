package io.shutterport.spi.category;

import io.shutterport.spi.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * An extra question asked when booking a category.
 *
 * @param name the key the answer is stored under
 * @param type how it is entered
 * @param required whether an answer is needed
 * @param pattern a regular expression the answer must match; null for none
 * @param label the localised question
 * @param choices for {@link Type#CHOICE}, the answers to choose from; empty otherwise
 */
public record BookingField(
    String name,
    Type type,
    boolean required,
    String pattern,
    LocalizedText label,
    List<Choice> choices) {

  /** Input kinds. */
  public enum Type {
    TEXT,
    NUMBER,
    DATE,
    /** One of {@link BookingField#choices()}. */
    CHOICE
  }

  /**
   * One answer of a {@link Type#CHOICE} question.
   *
   * @param value what is stored
   * @param label what is shown
   */
  public record Choice(String value, LocalizedText label) {
    public Choice {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
    }
  }

  public BookingField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    choices = choices == null ? List.of() : List.copyOf(choices);
    if (type == Type.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("a CHOICE field needs choices: " + name);
    }
  }

  /** A question without choices (the form of SPI 1.0). */
  public BookingField(
      String name, Type type, boolean required, String pattern, LocalizedText label) {
    this(name, type, required, pattern, label, List.of());
  }

  /** A question answered by picking one of {@code choices}. */
  public static BookingField choice(
      String name, boolean required, LocalizedText label, List<Choice> choices) {
    return new BookingField(name, Type.CHOICE, required, null, label, choices);
  }
}
