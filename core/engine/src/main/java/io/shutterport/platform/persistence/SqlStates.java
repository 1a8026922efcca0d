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
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
