package io.shutterport.spi;

import java.util.Map;
import java.util.Objects;

/**
 * Text in several languages, keyed by ISO 639 language code ({@code ja}, {@code en}).
 *
 * @param byLanguage the translations; must contain at least one
 */
public record LocalizedText(Map<String, String> byLanguage) {

  public LocalizedText {
    byLanguage = Map.copyOf(Objects.requireNonNull(byLanguage));
    if (byLanguage.isEmpty()) {
      throw new IllegalArgumentException("at least one language is required");
    }
  }

  public static LocalizedText of(String ja, String en) {
    return new LocalizedText(Map.of("ja", ja, "en", en));
  }

  /** The text in {@code language}, else English, else any language present. */
  public String in(String language) {
    String text = byLanguage.get(language);
    if (text == null) {
      text = byLanguage.get("en");
    }
    return text != null ? text : byLanguage.values().iterator().next();
  }
}
