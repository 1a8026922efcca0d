package io.shutterport.platform.util;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A local cache whose entries are reloaded after a fixed time, so that a change made on one node
 * reaches every node within that time (plus one reload); the node that makes a change clears it at
 * once.
 *
 * <p>Under load it does not stampede: callers asking for a missing key at the same moment wait for
 * one load, and once an entry is due, one reload runs — on the caller's thread, or given an
 * executor in the background — while callers are still answered from the previous value. A load
 * that was running when its key was forgotten or changed (or the cache cleared) is not kept: it may
 * have read before the change. Loads of other keys are kept, so that frequent changes of a few keys
 * do not leave every key unloadable.
 */
public final class ExpiringCache<K, V> {
  private static final Logger LOG = Logger.getLogger(ExpiringCache.class.getName());

  private record Entry<V>(V value, Instant loaded, AtomicBoolean reloading) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Map<K, CompletableFuture<V>> loading = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /** The keys each recent change touched, newest last, for loads that overlapped them. */
  private final Deque<Change<K>> changes = new ArrayDeque<>();

  private record Change<K>(long generation, Predicate<K> keys) {}

  /** How many changes are remembered; a load that overlapped more is not kept, to be safe. */
  private static final int REMEMBERED_CHANGES = 256;

  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /** One background reload at a time: reloads never crowd out the requests they serve. */
  private final Semaphore reloads = new Semaphore(1);

  private final Duration lifetime;
  private final Clock clock;
  private final int maxEntries;
  private final Executor reloader;

  /** The bound of a cache made without one: keys from client input must not grow memory. */
  public static final int DEFAULT_MAX_ENTRIES = 10_000;

  /** A cache of at most {@link #DEFAULT_MAX_ENTRIES} entries, reloading on the caller's thread. */
  public ExpiringCache(Duration lifetime) {
    this(lifetime, DEFAULT_MAX_ENTRIES, null, Clock.systemUTC());
  }

  /**
   * A cache that starts over when it would hold more than {@code maxEntries}, and reloads due
   * entries on {@code reloader} (or on the caller's thread when null).
   */
  public ExpiringCache(Duration lifetime, int maxEntries, Executor reloader) {
    this(lifetime, maxEntries, reloader, Clock.systemUTC());
  }

  ExpiringCache(Duration lifetime, int maxEntries, Executor reloader, Clock clock) {
    this.lifetime = lifetime;
    this.maxEntries = maxEntries;
    this.reloader = reloader;
    this.clock = clock;
  }

  /** How many entries the cache holds now. */
  /** How many reads found a value kept (fresh, or stale while it reloads). */
  public long hits() {
    return hits.get();
  }

  /** How many reads found nothing kept and waited for a load. */
  public long misses() {
    return misses.get();
  }

  public int size() {
    return entries.size();
  }

  public V get(K key, Function<K, V> loader) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      misses.incrementAndGet();
      return loadOnce(key, loader);
    }
    hits.incrementAndGet();
    if (entry.loaded().plus(lifetime).isBefore(clock.instant())
        && entry.reloading().compareAndSet(false, true)) {
      long since = generation.get();
      if (reloader == null) {
        try {
          V value = loader.apply(key);
          if (!kept(since, key, value)) {
            entry.reloading().set(false); // a change overlapped: the next caller reloads again
          }
          return value;
        } catch (RuntimeException e) {
          entry.reloading().set(false); // the next caller tries again
          throw e;
        }
      }
      if (!reloads.tryAcquire()) {
        entry.reloading().set(false); // busy reloading others: a later caller starts this one
        return entry.value();
      }
      try {
        reloader.execute(
            () -> {
              try {
                if (!kept(since, key, loader.apply(key))) {
                  entry.reloading().set(false); // a change overlapped: a later caller reloads
                }
              } catch (RuntimeException e) {
                entries.remove(key, entry); // the next caller loads, and sees any failure
                LOG.log(Level.WARNING, "background reload failed", e);
              } finally {
                reloads.release();
              }
            });
      } catch (RejectedExecutionException e) {
        reloads.release();
        entry.reloading().set(false);
      }
    }
    return entry.value();
  }

  public void clear() {
    changed(key -> true);
    entries.clear();
  }

  /**
   * Forgets the entries that match. A load that was running meanwhile is not kept, whatever its
   * key: it may have read before the change that called for this.
   */
  public void removeIf(BiPredicate<K, V> stale) {
    changed(key -> true);
    entries.entrySet().removeIf(e -> stale.test(e.getKey(), e.getValue().value()));
  }

  /**
   * Replaces the value of each kept entry whose key is in {@code keys} by what {@code change} makes
   * of it (the same value: unchanged; null: forgotten), keeping its age. Loads of those keys
   * running meanwhile are not kept; loads of other keys are.
   */
  public void update(Predicate<K> keys, BiFunction<K, V, V> change) {
    changed(keys);
    for (K key : entries.keySet()) {
      if (keys.test(key)) {
        entries.computeIfPresent(
            key,
            (k, entry) -> {
              V value = change.apply(k, entry.value());
              return value == null
                  ? null
                  : value == entry.value()
                      ? entry
                      : new Entry<>(value, entry.loaded(), entry.reloading());
            });
      }
    }
  }

  /** Whether a kept entry whose key is in {@code keys} passes {@code test}. */
  public boolean any(Predicate<K> keys, BiPredicate<K, V> test) {
    for (Map.Entry<K, Entry<V>> e : entries.entrySet()) {
      if (keys.test(e.getKey()) && test.test(e.getKey(), e.getValue().value())) {
        return true;
      }
    }
    return false;
  }

  private void changed(Predicate<K> keys) {
    synchronized (changes) {
      changes.addLast(new Change<>(generation.incrementAndGet(), keys));
      if (changes.size() > REMEMBERED_CHANGES) {
        changes.removeFirst();
      }
    }
  }

  /** Whether a change since {@code since} touched {@code key} (or too many to tell). */
  private boolean changedSince(long since, K key) {
    synchronized (changes) {
      if (generation.get() == since) {
        return false;
      }
      if (changes.isEmpty() || changes.peekFirst().generation() > since + 1) {
        return true; // some of the changes since are forgotten
      }
      for (Change<K> change : changes) {
        if (change.generation() > since && change.keys().test(key)) {
          return true;
        }
      }
      return false;
    }
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
    long since = generation.get();
    try {
      V value = loader.apply(key);
      kept(since, key, value);
      mine.complete(value);
      return value;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
  }

  /**
   * Keeps a loaded value unless its key was changed (or the cache cleared) since its load began;
   * says whether it was kept. Checked and kept under the changes' lock: a change registered after
   * the check finds the kept entry and changes it.
   */
  private boolean kept(long since, K key, V value) {
    synchronized (changes) {
      if (changedSince(since, key)) {
        return false;
      }
      if (entries.size() >= maxEntries && !entries.containsKey(key)) {
        entries.clear(); // bounded memory whatever the keys: start over
      }
      entries.put(key, new Entry<>(value, clock.instant(), new AtomicBoolean()));
      return true;
    }
  }
}
