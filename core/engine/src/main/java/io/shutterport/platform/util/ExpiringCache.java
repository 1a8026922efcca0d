package io.shutterport.platform.util;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A local cache whose entries are reloaded after a fixed time, so that a change made on one node
 * reaches every node within that time (plus one reload); the node that makes a change clears it at
 * once.
 *
 * <p>Under load it does not stampede: callers asking for a missing key at the same moment wait for
 * one load, and once an entry is due, one caller reloads it while the others are still answered
 * from the previous value.
 */
public final class ExpiringCache<K, V> {
  private record Entry<V>(V value, Instant loaded, AtomicBoolean reloading) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Map<K, CompletableFuture<V>> loading = new ConcurrentHashMap<>();
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
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return loadOnce(key, loader);
    }
    if (entry.loaded().plus(lifetime).isBefore(clock.instant())
        && entry.reloading().compareAndSet(false, true)) {
      try {
        return store(key, loader.apply(key));
      } catch (RuntimeException e) {
        entry.reloading().set(false); // the next caller tries again
        throw e;
      }
    }
    return entry.value();
  }

  public void clear() {
    entries.clear();
  }

  /** The first caller loads; callers arriving meanwhile wait for its value (or its failure). */
  private V loadOnce(K key, Function<K, V> loader) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = loading.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      V value = store(key, loader.apply(key));
      mine.complete(value);
      return value;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
  }

  private V store(K key, V value) {
    if (entries.size() >= maxEntries && !entries.containsKey(key)) {
      entries.clear(); // bounded memory whatever the keys: start over
    }
    entries.put(key, new Entry<>(value, clock.instant(), new AtomicBoolean()));
    return value;
  }
}
