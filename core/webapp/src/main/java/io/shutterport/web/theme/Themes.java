package io.shutterport.web.theme;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Finds themes on the class path and answers with their settings, copy and files. */
@ApplicationScoped
public class Themes {
  public static final String DEFAULT = "default";
  private static final String ROOT = "META-INF/shutterport/themes/";
  private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");
  private static final Pattern FILE =
      Pattern.compile("[a-z0-9-]{1,60}\\.(css|svg|png|jpg|webp|woff2)");
  private static final List<String> LANGUAGES = List.of("ja", "en");

  private final Map<String, Theme> cache = new ConcurrentHashMap<>();

  /** The theme with this id, or the default theme if there is none. */
  public Theme get(String id) {
    String key = id != null && ID.matcher(id).matches() ? id : DEFAULT;
    Theme theme = cache.computeIfAbsent(key, this::load);
    return theme != null ? theme : cache.computeIfAbsent(DEFAULT, this::load);
  }

  /**
   * The ids of every theme on the class path, sorted: each theme jar names itself in {@code
   * META-INF/shutterport/theme.id}.
   */
  public java.util.SortedSet<String> ids() {
    java.util.SortedSet<String> ids = new java.util.TreeSet<>();
    try {
      var urls = Themes.class.getClassLoader().getResources("META-INF/shutterport/theme.id");
      while (urls.hasMoreElements()) {
        try (InputStream in = urls.nextElement().openStream()) {
          String id = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
          if (ID.matcher(id).matches() && get(id).id().equals(id)) {
            ids.add(id);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /** The theme's copy for a key in a language, or null to use the core bundle. */
  public String message(String themeId, String language, String key) {
    Theme theme = get(themeId);
    String text = theme.messages().getOrDefault(language, Map.of()).get(key);
    if (text == null && !DEFAULT.equals(theme.id())) {
      text = get(DEFAULT).messages().getOrDefault(language, Map.of()).get(key);
    }
    return text;
  }

  /** Opens a theme file, or null; names are checked so no path can escape the theme. */
  public InputStream open(String themeId, String file) {
    if (!ID.matcher(themeId).matches() || !FILE.matcher(file).matches()) {
      return null;
    }
    return Themes.class.getClassLoader().getResourceAsStream(ROOT + themeId + "/" + file);
  }

  private Theme load(String id) {
    Properties props = read(ROOT + id + "/theme.properties");
    if (props == null) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    props.forEach((k, v) -> values.put(k.toString(), v.toString()));
    Map<String, Map<String, String>> messages = new HashMap<>();
    for (String language : LANGUAGES) {
      Properties copy = read(ROOT + id + "/messages_" + language + ".properties");
      Map<String, String> texts = new HashMap<>();
      if (copy != null) {
        copy.forEach((k, v) -> texts.put(k.toString(), v.toString()));
      }
      messages.put(language, Map.copyOf(texts));
    }
    return new Theme(
        id,
        values.getOrDefault("name", id),
        values.getOrDefault("primefaces.theme", "saga"),
        Map.copyOf(values),
        Map.copyOf(messages));
  }

  private static Properties read(String resource) {
    try (InputStream in = Themes.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Properties props = new Properties();
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return props;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
