package io.shutterport.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at start. The common scripts run on H2 and PostgreSQL, plus the few
 * a dialect needs for itself; several nodes starting together are serialised by Flyway's lock.
 */
@ApplicationScoped
public class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = "jdbc/shutterport")
  DataSource dataSource;

  public void migrate() {
    String vendor;
    try (var connection = dataSource.getConnection()) {
      vendor = IndexedMigrations.vendorOf(connection.getMetaData().getDatabaseProductName());
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("database unreachable", e);
    }
    var result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .resourceProvider(new IndexedMigrations(Migrations.class.getClassLoader(), vendor))
            .locations(new org.flywaydb.core.api.Location[0])
            .callbackLocations(new org.flywaydb.core.api.Location[0])
            .load()
            .migrate();
    LOG.log(
        Level.INFO,
        "Database schema at version {0} ({1} migrations applied)",
        new Object[] {result.targetSchemaVersion, result.migrationsExecuted});
  }
}
