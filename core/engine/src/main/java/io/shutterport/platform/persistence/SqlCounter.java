package io.shutterport.platform.persistence;

/**
 * Counts the SQL statements sent on the current thread ({@link SqlCountingListener} feeds it), so
 * that the web layer can report them per request (the {@code X-Sql-Statements} header when
 * diagnostics are on) and tests and benchmarks can hold every request to a bounded number whatever
 * the data size.
 */
public final class SqlCounter {
  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  private SqlCounter() {}

  static void increment() {
    COUNT.get()[0]++;
  }

  /** Starts counting for a new request on this thread. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /** Statements sent on this thread since {@link #reset()}. */
  public static int count() {
    return COUNT.get()[0];
  }
}
