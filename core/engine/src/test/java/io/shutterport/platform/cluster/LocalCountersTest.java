package io.shutterport.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalCountersTest {

  @Test
  void countsPerKeyUntilTheCounterLapses() throws Exception {
    LocalCounters counters = new LocalCounters();
    assertThat(counters.increment("a", Duration.ofMillis(200))).isEqualTo(1);
    assertThat(counters.increment("a", Duration.ofMillis(200))).isEqualTo(2);
    assertThat(counters.increment("b", Duration.ofMillis(200))).isEqualTo(1);
    Thread.sleep(250);
    assertThat(counters.increment("a", Duration.ofMillis(200))).as("a new window").isEqualTo(1);
  }

  @Test
  void limitsParseFromSettings() {
    assertThat(RateLimiter.Limit.parse("30/PT1M"))
        .isEqualTo(new RateLimiter.Limit(30, Duration.ofMinutes(1)));
    assertThatThrownBy(() -> RateLimiter.Limit.parse("0/PT1M"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateLimiter.Limit.parse("10/PT0S"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateLimiter.Limit.parse("ten per minute"))
        .isInstanceOf(RuntimeException.class);
  }
}
