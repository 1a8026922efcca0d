package io.shutterport.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicPagesTest {
  private static final String PAGE =
      "<script nonce=\"%s\">PrimeFaces.csp.init('%s');</script><p>%s</p>";

  @Test
  void aPageKeepsItsTagWhateverItsNonce() {
    String a = tag(String.format(PAGE, "n0nceA", "n0nceA", "hello"), "n0nceA");
    String b = tag(String.format(PAGE, "nonceB2", "nonceB2", "hello"), "nonceB2");
    String changed = tag(String.format(PAGE, "nonceB2", "nonceB2", "hallo"), "nonceB2");
    assertThat(a).isEqualTo(b).hasSize(32);
    assertThat(changed).isNotEqualTo(b);
  }

  @Test
  void aKeptPageTakesAFreshNonceOfTheSameLengthWhereverTheOldOneStood() {
    String nonce = "YzZmMGZkZjktZmMxYi00Y2Vj";
    String drawn = String.format(PAGE, nonce, nonce, "hello");
    var page =
        PublicPages.Page.of(
            drawn.getBytes(StandardCharsets.UTF_8),
            nonce,
            "text/html",
            java.util.List.<String[]>of(
                new String[] {"Content-Security-Policy", "'nonce-" + nonce + "'"}));
    assertThat(page.nonceAt()).hasSize(2);
    assertThat(page.etag()).isEqualTo("\"" + tag(drawn, nonce) + "\"");
    var nonces = new java.util.HashSet<String>();
    for (int i = 0; i < 100; i++) {
      String fresh = PublicPages.Page.freshNonce(nonce);
      assertThat(fresh).hasSameSizeAs(nonce).matches("[A-Za-z0-9_-]+");
      nonces.add(fresh);
    }
    assertThat(nonces).as("unguessable: never the same twice").hasSize(100).doesNotContain(nonce);
    assertThat(PublicPages.Page.freshNonce(null)).isNull();
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
