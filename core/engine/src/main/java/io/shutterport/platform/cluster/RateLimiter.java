package io.shutterport.platform.cluster;

import io.shutterport.platform.error.TooManyRequestsException;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Rate limits shared by every node, counted in {@link ClusterCounters}. A limit is per tenant and
 * subject (usually a user), so one node cannot be used to get around another's count. A subject's
 * window opens with its first counted action and lasts the limit's length: unlike windows cut by
 * the clock, a burst cannot straddle a boundary to get twice the permits in a moment, and N+1
 * actions within one window's length are always refused the last (decision 77).
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
    String key = key(name, subject);
    if (counters.increment(key, limit.window()) > limit.permits()) {
      throw refusal(name, key);
    }
  }

  /**
   * Refuses, without counting, when the subject has used up the window's permits: for limits that
   * count only failures (wrong passwords), checked before the work and counted after it failed.
   *
   * @throws TooManyRequestsException with the seconds until the next window
   */
  public void requireUnder(String name, String subject, Limit limit) {
    String key = key(name, subject);
    if (counters.current(key) >= limit.permits()) {
      throw refusal(name, key);
    }
  }

  /** Counts one use (a failure) against {@link #requireUnder}. */
  public void count(String name, String subject, Limit limit) {
    counters.increment(key(name, subject), limit.window());
  }

  private String key(String name, String subject) {
    return name + ":" + tenant.require() + ":" + subject;
  }

  /** A 429 that says when the subject's window ends (at least a second). */
  private TooManyRequestsException refusal(String name, String key) {
    long millis = counters.remaining(key).toMillis();
    return new TooManyRequestsException("limit." + name, Math.max(1, (millis + 999) / 1000));
  }
}
