package io.shutterport.e2e;

import java.sql.DriverManager;

/** Reads the production nodes' PostgreSQL database directly, to check what the API cannot show. */
final class Sql {
  private Sql() {}

  /** A connection of its own to the nodes' database (batched inserts rewritten into one). */
  static java.sql.Connection connect() throws java.sql.SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:5432/"
            + System.getProperty("it.db.name", "shutterport_it")
            + "?reWriteBatchedInserts=true",
        "postgres",
        "");
  }

  /** The single number a query with one {@code ?} parameter returns. */
  static long number(String query, String parameter) {
    return Long.parseLong(text(query, parameter));
  }

  /** The single value a query with one {@code ?} parameter returns, as text. */
  static String text(String query, String parameter) {
    String url =
        "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.db.name", "shutterport_it");
    try (var db = DriverManager.getConnection(url, "postgres", "");
        var statement = db.prepareStatement(query)) {
      statement.setString(1, parameter);
      try (var rs = statement.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs one change behind the application's back (to see what its caches do). */
  static void execute(String statement, String... parameters) {
    String url =
        "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.db.name", "shutterport_it");
    try (var db = DriverManager.getConnection(url, "postgres", "");
        var prepared = db.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setString(i + 1, parameters[i]);
      }
      prepared.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Charges and credit spent minus refunds, credits, fees, payouts and held funds of a booking: 0
   * when balanced.
   */
  static long imbalance(String bookingId) {
    return number(
        "SELECT COALESCE(SUM(CASE WHEN kind IN ('CHARGE', 'CREDIT_SPENT') THEN amount_minor"
            + " ELSE -amount_minor END), 0) FROM ledger_entry WHERE booking_id = ?",
        bookingId);
  }

  /** The sum of a booking's ledger entries of one kind. */
  static long sum(String bookingId, String kind) {
    return number(
        "SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entry WHERE booking_id = ? AND kind = '"
            + kind.replaceAll("[^A-Z_]", "")
            + "'",
        bookingId);
  }
}
