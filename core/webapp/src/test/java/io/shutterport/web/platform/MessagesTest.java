package io.shutterport.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core message bundles: the same keys in every language, and patterns that format. */
class MessagesTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[^}]*}");

  @Test
  void everyLanguageHasEveryKey() throws IOException {
    Properties fallback = load("messages.properties");
    for (String language : new String[] {"messages_en.properties", "messages_ja.properties"}) {
      Properties bundle = load(language);
      assertThat(bundle.stringPropertyNames())
          .as(language)
          .containsExactlyInAnyOrderElementsOf(fallback.stringPropertyNames());
    }
  }

  /** An apostrophe in a pattern with arguments must be doubled, or MessageFormat drops them. */
  @ParameterizedTest
  @ValueSource(
      strings = {"messages.properties", "messages_en.properties", "messages_ja.properties"})
  void patternsWithArgumentsFormat(String file) throws IOException {
    Properties bundle = load(file);
    for (String key : bundle.stringPropertyNames()) {
      String pattern = bundle.getProperty(key);
      if (ARGUMENT.matcher(pattern).find()) {
        String formatted =
            new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5});
        assertThat(ARGUMENT.matcher(formatted).find())
            .as(file + " " + key + ": " + formatted)
            .isFalse();
      }
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader in =
        new InputStreamReader(
            MessagesTest.class.getResourceAsStream("/io/shutterport/web/" + name),
            StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
