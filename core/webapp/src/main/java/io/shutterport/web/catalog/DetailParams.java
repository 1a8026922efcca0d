package io.shutterport.web.catalog;

import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the answers to a category's booking questions from a posted form (booking-fields.xhtml).
 */
public final class DetailParams {
  private static final int MAX_FIELDS = 30;

  private DetailParams() {}

  /** The answers sent for {@code categoryId}, by field name; the others' are ignored. */
  public static Map<String, String> of(String categoryId) {
    Map<String, String> answers = new LinkedHashMap<>();
    if (categoryId == null) {
      return answers;
    }
    String prefix = "detail." + categoryId + ".";
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .forEach(
            (name, value) -> {
              if (name.startsWith(prefix) && answers.size() < MAX_FIELDS) {
                answers.put(name.substring(prefix.length()), value);
              }
            });
    return answers;
  }
}
