package io.shutterport.platform.cluster;

import io.shutterport.platform.error.TooManyRequestsException;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Rate limits shared by every node: fixed windows counted in {@link ClusterCounters}. A limit is
 * per tenant and subject (usually a user), so one node cannot be used to get around another's
 * count.
 */
@ApplicationScoped
public class RateLimiter {
  @Inject ClusterCounters counters;
  @Inject TenantContext tenant;

  /**
   * A limit: at most {@code permits} actions per {@code window}.
   *
   * @param permits actions allowed per window
   * @param window the window's length
   */
  public record Limit(int permits, Duration window) {
    /** Parses {@code 30/PT1M}: 30 per minute. */
    public static Limit parse(String text) {
      String[] parts = text.strip().split("/", 2);
      Limit limit = new Limit(Integer.parseInt(parts[0]), Duration.parse(parts[1]));
      if (limit.permits() < 1 || limit.window().isNegative() || limit.window().isZero()) {
        throw new IllegalArgumentException("a limit needs permits ≥ 1 and a window > 0: " + text);
      }
      return limit;
    }
  }

  /**
   * Counts one action; refuses it when the subject has used up the window's permits.
   *
   * @param name what is limited, e.g. {@code message}; also the message key {@code limit.<name>}
   * @throws TooManyRequestsException with the seconds until the next window
   */
  public void acquire(String name, String subject, Limit limit) {
    Window window = window(name, subject, limit);
    long count = counters.increment(window.key(), limit.window().plusSeconds(5));
    if (count > limit.permits()) {
      throw window.refusal();
    }
  }

  /**
   * Refuses, without counting, when the subject has used up the window's permits: for limits that
   * count only failures (wrong passwords), checked before the work and counted after it failed.
   *
   * @throws TooManyRequestsException with the seconds until the next window
   */
  public void requireUnder(String name, String subject, Limit limit) {
    Window window = window(name, subject, limit);
    if (counters.current(window.key()) >= limit.permits()) {
      throw window.refusal();
    }
  }

  /** Counts one use (a failure) against {@link #requireUnder}. */
  public void count(String name, String subject, Limit limit) {
    counters.increment(window(name, subject, limit).key(), limit.window().plusSeconds(5));
  }

  private record Window(String name, String key, long retryAfterSeconds) {
    TooManyRequestsException refusal() {
      return new TooManyRequestsException("limit." + name, retryAfterSeconds);
    }
  }

  private Window window(String name, String subject, Limit limit) {
    long windowMillis = limit.window().toMillis();
    long now = Instant.now().toEpochMilli();
    long slot = now / windowMillis;
    String key = name + ":" + tenant.require() + ":" + subject + ":" + slot;
    return new Window(name, key, Math.max(1, ((slot + 1) * windowMillis - now + 999) / 1000));
  }
}
