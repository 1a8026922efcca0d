package io.shutterport.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicPagesTest {

  @Test
  void aPageKeepsItsTagWhateverItsNonce() {
    String page = "<script nonce=\"%s\">PrimeFaces.csp.init('%s');</script><p>%s</p>";
    String a = tag(String.format(page, "n0nceA", "n0nceA", "hello"), "n0nceA");
    String b = tag(String.format(page, "nonceB2", "nonceB2", "hello"), "nonceB2");
    String changed = tag(String.format(page, "nonceB2", "nonceB2", "hallo"), "nonceB2");
    assertThat(a).isEqualTo(b).hasSize(32);
    assertThat(changed).isNotEqualTo(b);
  }

  @Test
  void ifNoneMatchTakesListsWeakTagsAndAnyTag() {
    assertThat(PublicPages.matches(null, "\"x\"")).isFalse();
    assertThat(PublicPages.matches("\"y\"", "\"x\"")).isFalse();
    assertThat(PublicPages.matches("\"y\", \"x\"", "\"x\"")).isTrue();
    assertThat(PublicPages.matches("W/\"x\"", "\"x\"")).isTrue();
    assertThat(PublicPages.matches("*", "\"x\"")).isTrue();
  }

  private static String tag(String page, String nonce) {
    return PublicPages.tag(page.getBytes(StandardCharsets.UTF_8), nonce);
  }
}
