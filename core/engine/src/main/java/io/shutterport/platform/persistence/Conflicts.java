package io.shutterport.platform.persistence;

import java.util.Set;

/**
 * Recognises a failure that two requests racing for the same rows caused: a lost optimistic lock, a
 * lock wait that timed out, a deadlock, a serialisation failure, or a unique or exclusion
 * constraint that a concurrent insert took first. Such a failure is the client's conflict (409, try
 * again), never the server's error; the transaction that met it has rolled back whole.
 */
public final class Conflicts {
  /** JPA's and EclipseLink's exceptions for lost locks, by simple name (both have one). */
  private static final Set<String> LOCK_FAILURES =
      Set.of("OptimisticLockException", "PessimisticLockException", "LockTimeoutException");

  /**
   * SQL states: unique (23505) and exclusion (23P01) violations, serialisation failure (40001),
   * deadlock (40P01), lock not available (55P03); H2's lock timeout (HYT00) and concurrent update
   * (90131).
   */
  private static final Set<String> STATES =
      Set.of(
          SqlStates.UNIQUE_VIOLATION,
          SqlStates.EXCLUSION_VIOLATION,
          "40001",
          "40P01",
          "55P03",
          "HYT00",
          "90131");

  private Conflicts() {}

  /** Whether {@code failure}, or anything that caused it, is a conflict between requests. */
  public static boolean is(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (LOCK_FAILURES.contains(t.getClass().getSimpleName())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return SqlStates.hasAny(failure, STATES);
  }
}
