package io.shutterport.platform.util;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A local cache whose entries are reloaded after a fixed time, so that a change made on one node
 * reaches every node within that time; the node that makes a change clears it at once.
 */
public final class ExpiringCache<K, V> {
  private record Entry<V>(V value, Instant loaded) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Duration lifetime;
  private final Clock clock;
  private final int maxEntries;

  public ExpiringCache(Duration lifetime) {
    this(lifetime, Integer.MAX_VALUE, Clock.systemUTC());
  }

  /** A cache that starts over when it would hold more than {@code maxEntries}. */
  public ExpiringCache(Duration lifetime, int maxEntries) {
    this(lifetime, maxEntries, Clock.systemUTC());
  }

  ExpiringCache(Duration lifetime, int maxEntries, Clock clock) {
    this.lifetime = lifetime;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  public V get(K key, Function<K, V> loader) {
    Instant now = clock.instant();
    Entry<V> entry = entries.get(key);
    if (entry == null || entry.loaded().plus(lifetime).isBefore(now)) {
      if (entry == null && entries.size() >= maxEntries) {
        entries.clear(); // bounded memory whatever the keys: start over
      }
      entry = new Entry<>(loader.apply(key), now);
      entries.put(key, entry);
    }
    return entry.value();
  }

  public void clear() {
    entries.clear();
  }
}
