package io.shutterport.identity;

import io.shutterport.platform.cluster.ClusterCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Whether a logged-in session may go on, on whichever node it arrives: not when its account is
 * suspended, not when the account's sessions were ended after it began (a password reset ends them
 * all, through the cluster's shared values: Redis in production), and not past {@link #MAX_AGE}.
 */
@ApplicationScoped
public class AccountSessions {
  /** The longest a session lives, however active; ended sessions are remembered this long. */
  public static final Duration MAX_AGE = Duration.ofDays(30);

  @Inject SuspendedAccounts suspended;
  @Inject ClusterCounters shared;

  /**
   * @param userId the session's user
   * @param sinceMillis when the session logged the user in (epoch milliseconds)
   */
  public boolean valid(String userId, long sinceMillis) {
    if (suspended.contains(userId)) {
      return false;
    }
    if (System.currentTimeMillis() - sinceMillis > MAX_AGE.toMillis()) {
      return false;
    }
    return sinceMillis >= shared.current(key(userId));
  }

  /** Ends every session of the user begun before now, on every node. */
  void endAll(String userId) {
    shared.set(key(userId), System.currentTimeMillis(), MAX_AGE);
  }

  private static String key(String userId) {
    return "sessions-since:" + userId;
  }
}
