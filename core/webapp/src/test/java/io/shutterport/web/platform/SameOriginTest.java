package io.shutterport.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {
  private static final String HOST = "sakura.example.jp";

  @ParameterizedTest
  @CsvSource({
    "https://sakura.example.jp, true",
    "http://SAKURA.example.jp, true",
    "https://paws.example.jp, false", // a sibling marketplace: same site, other origin
    "https://sakura.example.jp.evil.test, false",
    "https://sakura.example.jp:8443, false",
    "null, false",
    "not a url, false",
    "ftp://sakura.example.jp, false"
  })
  void theOriginMustBeThisHost(String origin, boolean allowed) {
    assertThat(SameOrigin.allowed(HOST, origin, null)).isEqualTo(allowed);
  }

  @Test
  void theRefererStandsInWhenThereIsNoOrigin() {
    assertThat(SameOrigin.allowed(HOST, null, "https://sakura.example.jp/booking?id=1")).isTrue();
    assertThat(SameOrigin.allowed(HOST, null, "https://evil.example.jp/")).isFalse();
  }

  @Test
  void requestsWithNeitherComeFromProgramsNotPages() {
    assertThat(SameOrigin.allowed(HOST, null, null)).isTrue();
  }

  @Test
  void writesAndSocketsAreChecked() {
    assertThat(SameOrigin.needsCheck("POST", null)).isTrue();
    assertThat(SameOrigin.needsCheck("DELETE", null)).isTrue();
    assertThat(SameOrigin.needsCheck("GET", "websocket")).isTrue();
    assertThat(SameOrigin.needsCheck("GET", null)).isFalse();
  }
}
