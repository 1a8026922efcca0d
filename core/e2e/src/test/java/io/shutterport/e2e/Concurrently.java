package io.shutterport.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/** Concurrent calls released together, and waiting for the servers' background work. */
final class Concurrently {
  private Concurrently() {}

  /** Runs all calls at once (released by one latch) and returns their answers in order. */
  static List<Api.Answer> run(List<Callable<Api.Answer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Answer>> futures = new ArrayList<>();
      for (Callable<Api.Answer> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.call();
                }));
      }
      go.countDown();
      List<Api.Answer> answers = new ArrayList<>();
      for (Future<Api.Answer> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The same call {@code n} times at once. */
  static List<Api.Answer> times(int n, Callable<Api.Answer> call) throws Exception {
    return run(java.util.Collections.nCopies(n, call));
  }

  /** Polls until the condition holds (background jobs run on the servers' pollers), up to 30 s. */
  static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(250);
    }
  }
}
