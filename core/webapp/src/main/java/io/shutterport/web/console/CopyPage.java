package io.shutterport.web.console;

import io.shutterport.console.MarketplaceSettings;
import io.shutterport.web.platform.Localizer;
import io.shutterport.web.platform.PageActions;
import io.shutterport.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The marketplace's own wording: an operator finds any message of the pages by its key or its
 * words, rewrites it in Japanese and English with a preview of how it reads, and can go back to the
 * default. Saved wording replaces the theme's and the core's on every page of this marketplace.
 */
@Named("copyPage")
@RequestScoped
public class CopyPage {
  private static final List<String> LANGUAGES = List.of("ja", "en");
  private static final int SUGGESTIONS = 20;

  @Inject MarketplaceSettings settings;
  @Inject CurrentUser currentUser;
  @Inject PageActions actions;
  @Inject Localizer localizer;

  private String key;
  private String ja;
  private String en;
  private Map<String, Map<String, String>> copy;

  /** Message keys whose key or default words (in either language) contain the query. */
  public List<String> complete(String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    for (String k : Localizer.keys()) {
      if (found.size() == SUGGESTIONS) {
        break;
      }
      if (k.toLowerCase(Locale.ROOT).contains(q)
          || localizer.defaultMessage(k, "ja").toLowerCase(Locale.ROOT).contains(q)
          || localizer.defaultMessage(k, "en").toLowerCase(Locale.ROOT).contains(q)) {
        found.add(k);
      }
    }
    return found;
  }

  /** A suggestion as the operator reads it: the key and its words in the page's language. */
  public String label(String k) {
    if (k == null || !Localizer.keys().contains(k)) {
      return "";
    }
    return k + " — " + localizer.defaultMessage(k);
  }

  /**
   * Fills both languages with the chosen message's current wording (the marketplace's, else the
   * default).
   */
  public void pick() {
    if (key == null || !Localizer.keys().contains(key)) {
      ja = null;
      en = null;
      return;
    }
    ja = current("ja");
    en = current("en");
  }

  private String current(String language) {
    String own = copy().getOrDefault(language, Map.of()).get(key);
    return own != null ? own : localizer.defaultMessage(key, language);
  }

  /** Saves both languages; a wording equal to the default is stored as "the default". */
  public String save() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("ja", own("ja", ja));
    texts.put("en", own("en", en));
    return update(key, texts);
  }

  /** Puts a message back to its default wording in both languages. */
  public String reset(String k) {
    Map<String, String> texts = new LinkedHashMap<>();
    LANGUAGES.forEach(l -> texts.put(l, null));
    return update(k, texts);
  }

  private String update(String k, Map<String, String> texts) {
    return actions.run(
        () -> {
          settings.updateCopy(currentUser.id(), k, texts, Localizer.keys());
          actions.info("console.saved");
          actions.keepMessages();
          return "/operator/copy?faces-redirect=true";
        });
  }

  private String own(String language, String text) {
    if (key == null || text == null) {
      return null;
    }
    String value = text.strip();
    return value.equals(localizer.defaultMessage(key, language).strip()) ? null : value;
  }

  /**
   * How a wording reads on the page: placeholders ({0}, {1}…) show as sample values; a wording that
   * is not a valid pattern shows as written (the page would show the default instead).
   */
  public String preview(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    try {
      return new MessageFormat(text.strip(), localizer.locale())
          .format(new Object[] {"〈1〉", "〈2〉", "〈3〉", "〈4〉"});
    } catch (IllegalArgumentException e) {
      return text.strip();
    }
  }

  /** The default wording of the chosen message in a language (the theme's, else the core's). */
  public String defaultOf(String language) {
    return key == null || !Localizer.keys().contains(key)
        ? ""
        : localizer.defaultMessage(key, language);
  }

  /** The messages this marketplace words its own way, by key. */
  public List<Row> getOverrides() {
    Map<String, Map<String, String>> all = copy();
    List<Row> rows = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>();
    all.values().forEach(m -> keys.addAll(m.keySet()));
    for (String k : keys) {
      rows.add(
          new Row(
              k, all.getOrDefault("ja", Map.of()).get(k), all.getOrDefault("en", Map.of()).get(k)));
    }
    return rows;
  }

  /**
   * One reworded message.
   *
   * @param key the message key
   * @param ja the Japanese wording, or null for the default
   * @param en the English wording, or null for the default
   */
  public record Row(String key, String ja, String en) {}

  private Map<String, Map<String, String>> copy() {
    if (copy == null) {
      copy = settings.copy(currentUser.id());
    }
    return copy;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key == null ? null : key.strip();
  }

  public String getJa() {
    return ja;
  }

  public void setJa(String ja) {
    this.ja = ja;
  }

  public String getEn() {
    return en;
  }

  public void setEn(String en) {
    this.en = en;
  }
}
