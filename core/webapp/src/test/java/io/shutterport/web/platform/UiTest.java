package io.shutterport.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Redirect targets taken from a request are local paths only: no open redirect. */
class UiTest {
  @Test
  void acceptsLocalPaths() {
    assertThat(Ui.isLocalPath("/")).isTrue();
    assertThat(Ui.isLocalPath("/search?category=shichigosan&prefecture=kyoto")).isTrue();
  }

  @Test
  void refusesEverythingThatCouldLeaveTheSite() {
    for (String target :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/",
          "/\\evil.example",
          "/ok\r\nSet-Cookie: x=y",
          "evil.example",
          "javascript:alert(1)"
        }) {
      assertThat(Ui.isLocalPath(target)).as(String.valueOf(target)).isFalse();
    }
  }
}
