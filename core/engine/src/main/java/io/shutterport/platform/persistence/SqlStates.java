package io.shutterport.platform.persistence;

import java.sql.SQLException;

/** Recognises what the database refused, through the JPA provider's wrapping. */
public final class SqlStates {
  /** PostgreSQL: a row conflicts with an exclusion constraint. */
  public static final String EXCLUSION_VIOLATION = "23P01";

  /** SQL standard: a unique or primary key is taken. */
  public static final String UNIQUE_VIOLATION = "23505";

  private SqlStates() {}

  /** Whether {@code failure} was caused by an SQL error with this state. */
  public static boolean has(Throwable failure, String sqlState) {
    return hasAny(failure, java.util.Set.of(sqlState));
  }

  /**
   * Whether {@code failure} was caused by an SQL error with one of these states (the chained {@code
   * getNextException}s of a batch included).
   */
  public static boolean hasAny(Throwable failure, java.util.Set<String> sqlStates) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      for (SQLException sql = t instanceof SQLException s ? s : null;
          sql != null;
          sql = sql.getNextException()) {
        if (sql.getSQLState() != null && sqlStates.contains(sql.getSQLState())) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
