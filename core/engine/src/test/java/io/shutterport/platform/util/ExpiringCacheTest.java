package io.shutterport.platform.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {
  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-11-25T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final HandClock clock = new HandClock();
  private final ExpiringCache<String, String> cache =
      new ExpiringCache<>(Duration.ofSeconds(10), 3, null, clock);

  /** Background reloads wait here until the test runs them. */
  private final List<Runnable> queued = new ArrayList<>();

  private final ExpiringCache<String, String> background =
      new ExpiringCache<>(Duration.ofSeconds(10), 100, queued::add, clock);

  @Test
  void anEntryIsReloadedOnlyAfterItsLifetime() {
    AtomicInteger loads = new AtomicInteger();
    assertThat(cache.get("k", k -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    clock.now = clock.now.plusSeconds(10);
    assertThat(cache.get("k", k -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    clock.now = clock.now.plusMillis(1);
    assertThat(cache.get("k", k -> "v" + loads.incrementAndGet())).isEqualTo("v2");
    assertThat(cache.get("k", k -> "v" + loads.incrementAndGet())).isEqualTo("v2");
  }

  @Test
  void clearingForgetsEverything() {
    cache.get("k", k -> "old");
    cache.clear();
    assertThat(cache.get("k", k -> "new")).isEqualTo("new");
  }

  @Test
  void removingByKeyForgetsOnlyTheMatchingEntries() {
    cache.get("tenant-a 1", k -> "a1");
    cache.get("tenant-b 1", k -> "b1");
    cache.removeIf((k, v) -> k.startsWith("tenant-a "));
    assertThat(cache.get("tenant-a 1", k -> "a1 again")).isEqualTo("a1 again");
    assertThat(cache.get("tenant-b 1", k -> "b1 again")).isEqualTo("b1");
  }

  @Test
  void aLoadOverlappingARemovalIsNotKept() {
    String first =
        cache.get(
            "k",
            k -> {
              cache.removeIf((key, v) -> key.equals("other")); // a change lands during the load
              return "read before the change";
            });
    assertThat(first).isEqualTo("read before the change");
    assertThat(cache.get("k", k -> "read after")).isEqualTo("read after");
  }

  @Test
  void anUpdateChangesTheMatchingEntriesInPlaceAndKeepsTheirAge() {
    cache.get("a", k -> "a1");
    cache.get("b", k -> "b1");
    cache.get("c", k -> "c1");
    cache.update(k -> !k.equals("b"), (k, v) -> k.equals("c") ? null : v + " patched");
    assertThat(cache.get("a", k -> "reloaded")).isEqualTo("a1 patched");
    assertThat(cache.get("b", k -> "reloaded")).isEqualTo("b1");
    assertThat(cache.get("c", k -> "reloaded")).as("null forgets").isEqualTo("reloaded");
    clock.now = clock.now.plusSeconds(11);
    assertThat(cache.get("a", k -> "a2"))
        .as("the patched entry was as old as before")
        .isEqualTo("a2");
  }

  @Test
  void anyTellsWhetherAKeptEntryOfTheKeysPasses() {
    cache.get("a", k -> "a1");
    cache.get("b", k -> "b1");
    assertThat(cache.any(k -> k.equals("a"), (k, v) -> v.equals("a1"))).isTrue();
    assertThat(cache.any(k -> k.equals("a"), (k, v) -> v.equals("b1"))).isFalse();
    assertThat(cache.any(k -> k.equals("c"), (k, v) -> true)).isFalse();
  }

  @Test
  void aLoadOverlappingAnUpdateOfItsOwnKeyIsNotKeptButOfAnotherKeyIs() {
    cache.get(
        "k",
        k -> {
          cache.update(key -> key.equals("k"), (key, v) -> v);
          return "read before the change";
        });
    assertThat(cache.get("k", k -> "read after")).isEqualTo("read after");
    cache.get(
        "j",
        k -> {
          cache.update(key -> key.equals("other"), (key, v) -> v);
          return "untouched by the change";
        });
    assertThat(cache.get("j", k -> "loaded again")).isEqualTo("untouched by the change");
  }

  @Test
  void aLoadOverlappingMoreChangesThanRememberedIsNotKept() {
    cache.get(
        "k",
        k -> {
          for (int i = 0; i < 300; i++) {
            cache.update(key -> key.equals("other"), (key, v) -> v);
          }
          return "overlapped too many to tell";
        });
    assertThat(cache.get("k", k -> "loaded again")).isEqualTo("loaded again");
  }

  @Test
  void aReloadDroppedBecauseOfARemovalIsTriedAgainByALaterCaller() {
    AtomicInteger loads = new AtomicInteger();
    assertThat(background.get("k", k -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    clock.now = clock.now.plusSeconds(11);
    assertThat(background.get("k", k -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    assertThat(queued).hasSize(1);
    background.removeIf((key, v) -> key.equals("another")); // lands while the reload runs
    queued.get(0).run(); // read before the removal: not kept
    assertThat(background.get("k", k -> "v" + loads.incrementAndGet())).isEqualTo("v1");
    assertThat(queued).as("the due entry is reloaded again, not left as it was").hasSize(2);
    queued.get(1).run();
    assertThat(background.get("k", k -> "v" + loads.incrementAndGet())).isEqualTo("v3");
  }

  @Test
  void itStartsOverInsteadOfGrowingPastItsBound() {
    for (String key : List.of("a", "b", "c", "d")) {
      cache.get(key, k -> k);
    }
    assertThat(cache.get("a", k -> "reloaded")).isEqualTo("reloaded");
  }

  @Test
  void aCacheMadeWithoutABoundIsBoundedAllTheSame() {
    ExpiringCache<String, String> unbounded = new ExpiringCache<>(Duration.ofMinutes(1));
    for (int i = 0; i < 3 * ExpiringCache.DEFAULT_MAX_ENTRIES; i++) {
      unbounded.get("unknown-" + i + ".example", k -> k); // e.g. made-up Host headers
    }
    assertThat(unbounded.size()).isLessThanOrEqualTo(ExpiringCache.DEFAULT_MAX_ENTRIES);
  }

  @Test
  void callersArrivingDuringAFirstLoadWaitForItInsteadOfLoadingAgain() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      answers.add(
          pool.submit(
              () ->
                  cache.get(
                      "k",
                      k -> {
                        loads.incrementAndGet();
                        started.countDown();
                        await(release);
                        return "v";
                      })));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 7; i++) {
        answers.add(pool.submit(() -> cache.get("k", k -> "v" + loads.incrementAndGet())));
      }
      Thread.sleep(100); // the seven are now waiting for the first load
      release.countDown();
      for (Future<String> answer : answers) {
        assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("v");
      }
      assertThat(loads).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void whileOneCallerReloadsADueEntryTheOthersGetThePreviousValue() throws Exception {
    cache.get("k", k -> "old");
    clock.now = clock.now.plusSeconds(11);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> reloader =
          pool.submit(
              () ->
                  cache.get(
                      "k",
                      k -> {
                        started.countDown();
                        await(release);
                        return "new";
                      }));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(cache.get("k", k -> "second reload")).isEqualTo("old");
      release.countDown();
      assertThat(reloader.get(5, TimeUnit.SECONDS)).isEqualTo("new");
      assertThat(cache.get("k", k -> "third reload")).isEqualTo("new");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedLoadIsNotCachedAndReachesItsCaller() {
    assertThatThrownBy(
            () ->
                cache.get(
                    "k",
                    k -> {
                      throw new IllegalStateException("database down");
                    }))
        .hasMessage("database down");
    assertThat(cache.get("k", k -> "v")).isEqualTo("v");
    clock.now = clock.now.plusSeconds(11);
    assertThatThrownBy(
            () ->
                cache.get(
                    "k",
                    k -> {
                      throw new IllegalStateException("database down");
                    }))
        .hasMessage("database down");
    assertThat(cache.get("k", k -> "v2")).isEqualTo("v2");
  }

  @Test
  void withAnExecutorADueEntryIsReloadedInTheBackground() {
    background.get("k", k -> "old");
    clock.now = clock.now.plusSeconds(11);
    assertThat(background.get("k", k -> "new")).isEqualTo("old");
    assertThat(background.get("k", k -> "another")).isEqualTo("old");
    assertThat(queued).hasSize(1); // one reload, whatever the callers
    queued.get(0).run();
    assertThat(background.get("k", k -> "unused")).isEqualTo("new");
  }

  @Test
  void backgroundReloadsRunOneAtATime() {
    background.get("a", k -> "a1");
    background.get("b", k -> "b1");
    clock.now = clock.now.plusSeconds(11);
    background.get("a", k -> "a2");
    assertThat(background.get("b", k -> "b2")).isEqualTo("b1");
    assertThat(queued).as("b waits until a's reload is done").hasSize(1);
    queued.get(0).run();
    background.get("b", k -> "b2");
    assertThat(queued).hasSize(2);
    queued.get(1).run();
    assertThat(background.get("a", k -> "unused")).isEqualTo("a2");
    assertThat(background.get("b", k -> "unused")).isEqualTo("b2");
  }

  @Test
  void aLoadRunningWhileTheCacheIsClearedIsNotKept() {
    background.get("k", k -> "before the change");
    clock.now = clock.now.plusSeconds(11);
    background.get("k", k -> "read before the change, stored after it");
    background.clear(); // the change
    queued.get(0).run();
    assertThat(background.get("k", k -> "after the change")).isEqualTo("after the change");
  }

  @Test
  void afterAFailedBackgroundReloadTheNextCallerLoadsItself() {
    background.get("k", k -> "old");
    clock.now = clock.now.plusSeconds(11);
    background.get(
        "k",
        k -> {
          throw new IllegalStateException("database down");
        });
    queued.get(0).run();
    assertThat(background.get("k", k -> "new")).isEqualTo("new");
    assertThat(queued).hasSize(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
