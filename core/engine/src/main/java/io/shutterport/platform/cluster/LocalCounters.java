package io.shutterport.platform.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The counters of a single node (embedded profile). */
final class LocalCounters implements ClusterCounters {
  private record Counter(long count, long expiresAtNanos) {}

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  @Override
  public void set(String key, long value, Duration lifetime) {
    counters.put(key, new Counter(value, System.nanoTime() + lifetime.toNanos()));
  }

  @Override
  public long current(String key) {
    Counter c = counters.get(key);
    return c == null || c.expiresAtNanos() - System.nanoTime() < 0 ? 0 : c.count();
  }

  @Override
  public Duration remaining(String key) {
    Counter c = counters.get(key);
    long left = c == null ? 0 : c.expiresAtNanos() - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  @Override
  public long increment(String key, Duration lifetime) {
    long now = System.nanoTime();
    if (counters.size() > 10_000) {
      counters.values().removeIf(c -> c.expiresAtNanos() - now < 0);
      if (counters.size() > 100_000) {
        counters.clear(); // bounded memory whatever the keys (client addresses): start over
      }
    }
    return counters
        .compute(
            key,
            (k, c) ->
                c == null || c.expiresAtNanos() - now < 0
                    ? new Counter(1, now + lifetime.toNanos())
                    : new Counter(c.count() + 1, c.expiresAtNanos()))
        .count();
  }
}
