package io.shutterport.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The calendar feed carries what users typed (plan titles, notes): any text becomes one property
 * that cannot start another (no raw line break, every separator escaped), folded into lines of at
 * most 75 octets that unfold to exactly it. Tries per property: {@code -Djqwik.tries.default=N}.
 */
class IcsProperties {
  @Property
  void anyTextStaysInsideItsPropertyAndFoldsBack(@ForAll String typed) {
    String content = "SUMMARY:" + CalendarService.text(typed);
    assertThat(content).doesNotContain("\r").doesNotContain("\n");
    StringBuilder ics = new StringBuilder();
    CalendarService.line(ics, content);
    String folded = ics.toString();
    assertThat(folded).endsWith("\r\n");
    String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
    for (int i = 0; i < lines.length; i++) {
      assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
      if (i > 0) {
        assertThat(lines[i]).startsWith(" ");
      }
    }
    assertThat(folded.substring(0, folded.length() - 2).replace("\r\n ", "")).isEqualTo(content);
    assertThat(unescape(content.substring("SUMMARY:".length()))).isEqualTo(typed.replace("\r", ""));
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        char next = text.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        assertThat(c).as("unescaped separator").isNotIn(';', ',');
        out.append(c);
      }
    }
    return out.toString();
  }
}
