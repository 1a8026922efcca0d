package io.shutterport.platform.error;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure — our bug, or a background job given up on — recorded once under an id that
 * the person who met it can quote, the operator can see next to it (an error page, a problem
 * document, the failed-jobs tab) and the logs can be searched for: every incident is one SEVERE
 * line of the logger {@code io.shutterport.incidents}, starting {@code Incident <id>:}.
 */
public final class Incidents {
  /** The logger every incident goes to: an operator's alert can watch it alone. */
  public static final String LOGGER = "io.shutterport.incidents";

  private static final Logger LOG = Logger.getLogger(LOGGER);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicLong OPENED = new AtomicLong();

  private Incidents() {}

  /**
   * Records an incident and returns its id: 12 lowercase hexadecimal digits.
   *
   * @param what what failed, for the log (no personal data: ids, not names or addresses)
   * @param cause the failure, or null when there is none to show (a job's recorded error)
   */
  public static String open(String what, Throwable cause) {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    OPENED.incrementAndGet();
    LOG.log(Level.SEVERE, "Incident " + id + ": " + what, cause);
    return id;
  }

  /** How many incidents this node has recorded since it started. */
  public static long opened() {
    return OPENED.get();
  }
}
