package io.shutterport.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shutterport.platform.error.TooManyRequestsException;
import io.shutterport.platform.tenancy.TenantContext;
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
  void aCounterSaysHowLongItStillLives() throws Exception {
    LocalCounters counters = new LocalCounters();
    assertThat(counters.remaining("a")).isEqualTo(Duration.ZERO);
    counters.increment("a", Duration.ofSeconds(60));
    Thread.sleep(20);
    counters.increment("a", Duration.ofSeconds(60));
    assertThat(counters.remaining("a"))
        .as("the lifetime runs from the first increment; later ones do not extend it")
        .isBetween(Duration.ofSeconds(50), Duration.ofMillis(59_990));
  }

  @Test
  void aLimitRefusesThePermitAfterTheLastWhateverTheClockSays() {
    RateLimiter limiter = new RateLimiter();
    limiter.counters = new LocalCounters();
    limiter.tenant = new TenantContext();
    limiter.tenant.enter("sakura");
    RateLimiter.Limit limit = RateLimiter.Limit.parse("3/PT1H");
    for (int i = 0; i < 3; i++) {
      limiter.acquire("message", "u1", limit);
    }
    assertThatThrownBy(() -> limiter.acquire("message", "u1", limit))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e -> assertThat(e.retryAfterSeconds()).isBetween(3590L, 3600L));
    limiter.acquire("message", "u2", limit); // another subject has its own window
    for (int i = 0; i < 2; i++) {
      limiter.requireUnder("login", "u1", limit);
      limiter.count("login", "u1", limit);
    }
    limiter.requireUnder("login", "u1", limit);
    limiter.count("login", "u1", limit);
    assertThatThrownBy(() -> limiter.requireUnder("login", "u1", limit))
        .isInstanceOf(TooManyRequestsException.class);
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
