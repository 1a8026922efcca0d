package io.shutterport.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.shutterport.platform.config.NodeRole;
import io.shutterport.platform.config.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner's own rules, with the store and the handlers replaced by recording ones. */
class JobRunnerTest {
  private final FakeStore store = new FakeStore();
  private final BlockingExecutor handlers = new BlockingExecutor();
  private final JobRunner runner = new JobRunner();
  private NodeRole role = NodeRole.ALL;

  JobRunnerTest() {
    runner.scheduler = new java.util.concurrent.ScheduledThreadPoolExecutor(1);
    runner.workers = Executors.newCachedThreadPool();
    runner.store = store;
    runner.executor = handlers;
    runner.settings =
        new Settings() {
          @Override
          public int jobWorkers() {
            return 2;
          }

          @Override
          public NodeRole nodeRole() {
            return role;
          }

          @Override
          public Duration jobPoll() {
            return Duration.ofHours(1);
          }

          @Override
          public Duration jobLease() {
            return Duration.ofMinutes(5);
          }

          @Override
          public Duration retentionEvery() {
            return Duration.ofHours(1);
          }
        };
  }

  @Test
  void aWebOnlyNodeNeitherPollsNorPrunes() {
    role = NodeRole.WEB;
    runner.start();
    assertThat(scheduled()).as("nothing scheduled").isEmpty();
    role = NodeRole.WORKER;
    runner.start();
    assertThat(scheduled()).as("polling and pruning").hasSize(2);
  }

  private java.util.Collection<Runnable> scheduled() {
    return ((java.util.concurrent.ScheduledThreadPoolExecutor) runner.scheduler).getQueue();
  }

  @AfterEach
  void stop() {
    handlers.release.countDown();
    runner.scheduler.shutdownNow();
    runner.workers.shutdownNow();
  }

  @Test
  void runsAsManyJobsAtOnceAsItHasWorkersAndTakesTheRestWhenOneIsFree() throws Exception {
    store.add(job("a"), job("b"), job("c"));
    assertThat(runner.poll()).isEqualTo(2);
    assertThat(handlers.entered.await(5, TimeUnit.SECONDS)).as("both run at once").isTrue();
    assertThat(runner.running()).isEqualTo(2);
    assertThat(runner.poll()).as("no free worker: nothing more is claimed").isZero();
    assertThat(store.claimed).hasSize(2);

    handlers.release.countDown();
    waitUntil(() -> runner.running() == 0);
    assertThat(store.succeeded).hasSize(2);
    assertThat(runner.poll()).as("the third, now that workers are free").isEqualTo(1);
    waitUntil(() -> store.succeeded.size() == 3);
    assertThat(store.succeeded).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void aRunningJobKeepsItsLeaseUntilItEnds() throws Exception {
    runner.lease = Duration.ofMillis(150);
    store.add(job("long"));
    assertThat(runner.poll()).isEqualTo(1);
    // Still running four leases later: renewed about every 50 ms meanwhile, so never lapsed.
    waitUntil(() -> store.renewals.size() >= 3);
    assertThat(store.renewals).allMatch("long"::equals);
    assertThat(store.succeeded).isEmpty();
    handlers.release.countDown();
    waitUntil(() -> store.succeeded.contains("long") && runner.running() == 0);
    int afterEnd = store.renewals.size();
    Thread.sleep(300); // six renewal periods: proving that none comes needs the time to pass
    assertThat(store.renewals).as("not renewed once it ended").hasSize(afterEnd);
  }

  @Test
  void aStoppingNodeWaitsForItsJobsThenLetsTheUnfinishedOnesGo() throws Exception {
    role = NodeRole.ALL;
    runner.start();
    runner.stopGrace = Duration.ofMillis(200);
    store.add(job("stuck"));
    assertThat(runner.poll()).isEqualTo(1);
    waitUntil(() -> runner.running() == 1);

    runner.stop();
    assertThat(store.released).as("still running after the grace: released").containsExactly(1);
    assertThat(scheduled())
        .as("polling and pruning cancelled; the running job's lease renewal goes on")
        .filteredOn(r -> ((java.util.concurrent.Future<?>) r).isCancelled())
        .hasSize(2);
  }

  @Test
  void aStoppingNodeWithNothingRunningStopsAtOnce() {
    role = NodeRole.ALL;
    runner.start();
    runner.stopGrace = Duration.ofMinutes(1);
    long started = System.nanoTime();
    runner.stop();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(store.released).containsExactly(0);
  }

  @Test
  void aFailingJobIsRecordedWithItsCauseAndFreesItsWorker() throws Exception {
    handlers.failing = true;
    handlers.release.countDown();
    store.add(job("bad"));
    assertThat(runner.poll()).isEqualTo(1);
    waitUntil(() -> !store.failed.isEmpty());
    assertThat(store.failed.peek()).isEqualTo("bad: java.lang.IllegalArgumentException: broken");
    waitUntil(() -> runner.running() == 0);
  }

  private static Job job(String payload) {
    return new Job("t", "http://t.example", "kind", payload, Instant.now()) {
      @Override
      public String id() {
        return payload;
      }
    };
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in 5 s").isLessThan(until);
      Thread.sleep(10);
    }
  }

  /** Due jobs in memory; claims, renewals and outcomes recorded. */
  private static final class FakeStore extends JobStore {
    private final List<Job> due = new ArrayList<>();
    final Queue<String> claimed = new ConcurrentLinkedQueue<>();
    final Queue<String> renewals = new ConcurrentLinkedQueue<>();
    final Queue<String> succeeded = new ConcurrentLinkedQueue<>();
    final Queue<String> failed = new ConcurrentLinkedQueue<>();
    final Queue<Integer> released = new ConcurrentLinkedQueue<>();

    void add(Job... jobs) {
      due.addAll(List.of(jobs));
    }

    @Override
    public synchronized List<Job> due(int limit) {
      return due.stream().filter(j -> !claimed.contains(j.id())).limit(limit).toList();
    }

    @Override
    public synchronized boolean claim(String jobId, String node, Duration lease) {
      if (claimed.contains(jobId)) {
        return false;
      }
      claimed.add(jobId);
      return true;
    }

    @Override
    public boolean renew(String jobId, String node, Duration lease) {
      renewals.add(jobId);
      return true;
    }

    @Override
    public synchronized int release(String node) {
      int count = claimed.size() - succeeded.size() - failed.size();
      released.add(count);
      return count;
    }

    @Override
    public void succeeded(String jobId) {
      succeeded.add(jobId);
    }

    @Override
    public void failed(String jobId, String error) {
      failed.add(jobId + ": " + error);
    }
  }

  /** Handlers that wait to be released, and tell when two are running. */
  private static final class BlockingExecutor extends JobExecutor {
    final CountDownLatch entered = new CountDownLatch(2);
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean failing;

    @Override
    public void run(Job job) {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (failing) {
        throw new IllegalStateException(new IllegalArgumentException("broken"));
      }
    }
  }
}
