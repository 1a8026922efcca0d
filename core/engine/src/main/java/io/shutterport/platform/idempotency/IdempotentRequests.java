package io.shutterport.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decides what a request with an {@code Idempotency-Key} may do. Keys are scoped by tenant and
 * caller; the claim is committed before the request runs, so a concurrent duplicate finds it.
 * Answers are kept at least {@link #RETENTION}.
 */
@ApplicationScoped
public class IdempotentRequests {
  /** How long answers are kept for replay. */
  public static final Duration RETENTION = Duration.ofHours(48);

  /** A claim older than this whose request never finished (its node died) may be taken over. */
  static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

  @Inject IdempotencyStore store;

  /** What to do with a request. */
  public sealed interface Decision {}

  /** Run it: this request holds the key. */
  public record Proceed() implements Decision {}

  /** A request with this key is running now. */
  public record InProgress() implements Decision {}

  /** The key was used for a different request. */
  public record Mismatch() implements Decision {}

  /**
   * The key's request ran: answer as it did.
   *
   * @param status the HTTP status
   * @param contentType the response's media type, or null
   * @param body the response body, or null
   */
  public record Replay(int status, String contentType, String body) implements Decision {}

  private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

  public Decision begin(String tenant, String caller, String key, String fingerprint) {
    Instant now = Instant.now();
    purgeHourly(now);
    try {
      store.insert(tenant, caller, key, fingerprint, now);
      return new Proceed();
    } catch (RuntimeException taken) {
      // the key exists (or appeared concurrently): look at it in a fresh transaction
    }
    Optional<IdempotencyStore.Row> row = store.find(tenant, caller, key);
    if (row.isEmpty()) {
      return new InProgress(); // removed after a failure in between; the client retries
    }
    IdempotencyStore.Row found = row.get();
    if (!found.fingerprint().equals(fingerprint)) {
      return new Mismatch();
    }
    if (found.done()) {
      return new Replay(found.status(), found.contentType(), found.body());
    }
    if (found.createdAt().plus(ABANDONED_AFTER).isBefore(now)
        && store.takeOver(tenant, caller, key, found.createdAt(), now)) {
      return new Proceed();
    }
    return new InProgress();
  }

  /** Forgets answers past their retention, at most once an hour per node. */
  private void purgeHourly(Instant now) {
    Instant last = lastPurge.get();
    if (last.plus(Duration.ofHours(1)).isBefore(now) && lastPurge.compareAndSet(last, now)) {
      store.purge(now.minus(RETENTION));
    }
  }

  /** Stores the answer of a request that holds its key. */
  public void complete(
      String tenant, String caller, String key, int status, String contentType, String body) {
    store.complete(tenant, caller, key, status, contentType, body);
  }

  /** Gives the key back after a server failure, so that a retry runs again. */
  public void abandon(String tenant, String caller, String key) {
    store.delete(tenant, caller, key);
  }
}
