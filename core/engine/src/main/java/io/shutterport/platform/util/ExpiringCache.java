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

  public ExpiringCache(Duration lifetime) {
    this(lifetime, Clock.systemUTC());
  }

  ExpiringCache(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
  }

  public V get(K key, Function<K, V> loader) {
    Instant now = clock.instant();
    Entry<V> entry = entries.get(key);
    if (entry == null || entry.loaded().plus(lifetime).isBefore(now)) {
      entry = new Entry<>(loader.apply(key), now);
      entries.put(key, entry);
    }
    return entry.value();
  }

  public void clear() {
    entries.clear();
  }
}
