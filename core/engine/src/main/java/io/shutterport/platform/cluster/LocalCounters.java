package io.shutterport.platform.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The counters of a single node (embedded profile). */
final class LocalCounters implements ClusterCounters {
  private record Counter(long count, long expiresAtNanos) {}

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  @Override
  public long increment(String key, Duration lifetime) {
    long now = System.nanoTime();
    if (counters.size() > 10_000) {
      counters.values().removeIf(c -> c.expiresAtNanos() - now < 0);
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
