package io.shutterport.web.catalog;

import io.shutterport.spi.category.EventCategory;
import java.util.List;

/**
 * A category in the caller's language.
 *
 * @param id the category id
 * @param name the localised name
 * @param description the localised description
 * @param icon a symbol
 * @param bookingFields extra questions asked when booking
 */
public record CategoryView(
    String id, String name, String description, String icon, List<Field> bookingFields) {

  /**
   * A booking question.
   *
   * @param name the answer's key
   * @param type TEXT, NUMBER or DATE
   * @param required whether it must be answered
   * @param label the localised question
   * @param choices for CHOICE, the answers to pick from
   */
  public record Field(
      String name, String type, boolean required, String label, List<Option> choices) {

    /** The HTML input type for this field. */
    public String inputType() {
      return switch (type) {
        case "NUMBER" -> "number";
        case "DATE" -> "date";
        default -> "text";
      };
    }

    public boolean isChoice() {
      return "CHOICE".equals(type);
    }
  }

  /**
   * A choice of a CHOICE field.
   *
   * @param value what is sent
   * @param label what is shown
   */
  public record Option(String value, String label) {}

  public static CategoryView of(EventCategory c, String language) {
    return new CategoryView(
        c.id(),
        c.name().in(language),
        c.description() == null ? "" : c.description().in(language),
        c.icon(),
        c.bookingFields().stream()
            .map(
                f ->
                    new Field(
                        f.name(),
                        f.type().name(),
                        f.required(),
                        f.label().in(language),
                        f.choices().stream()
                            .map(o -> new Option(o.value(), o.label().in(language)))
                            .toList()))
            .toList());
  }
}
