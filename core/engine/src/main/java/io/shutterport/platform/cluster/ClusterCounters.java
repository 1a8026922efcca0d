package io.shutterport.platform.cluster;

import java.time.Duration;

/**
 * Counters every node shares: Redis in the production profile, this JVM in the embedded one. A
 * counter lives for a fixed time from its first increment, which makes fixed-window rate limits.
 */
public interface ClusterCounters {
  /**
   * Adds one to a counter, creating it to live for {@code lifetime} if it does not exist.
   *
   * @return the count after this increment
   */
  long increment(String key, Duration lifetime);

  /** A counter's value now; 0 when it does not exist (or has expired). */
  long current(String key);

  /** How long a counter still lives; zero when it does not exist (or has expired). */
  Duration remaining(String key);

  /** Sets a counter to {@code value}, to live for {@code lifetime} from now. */
  void set(String key, long value, Duration lifetime);
}
