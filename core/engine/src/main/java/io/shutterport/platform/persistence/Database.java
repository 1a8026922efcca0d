package io.shutterport.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Facts about the database this node runs on, read once. */
@ApplicationScoped
public class Database {
  @Resource(lookup = "jdbc/shutterport")
  DataSource dataSource;

  private volatile Boolean postgres;

  /**
   * Whether constraints such as PostgreSQL's exclusion constraints enforce what the code would
   * otherwise check first (the embedded H2 database has none).
   */
  public boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known =
            connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("database unreachable", e);
      }
      postgres = known;
    }
    return known;
  }
}
