package io.shutterport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migrations run on H2 and on a real PostgreSQL (the one {@code ./shutterport test} starts),
 * and PostgreSQL itself refuses overlapping calendar holds.
 */
class IndexedMigrationsTest {
  private static final String PG_URL =
      System.getProperty("shutterport.test.pg", "jdbc:postgresql://127.0.0.1:5432/test");

  @ParameterizedTest
  @ValueSource(strings = {"common", "postgresql"})
  void indexListsExactlyTheMigrationFiles(String folder) throws Exception {
    try (Stream<Path> files =
        Files.list(Path.of("src/main/resources/" + IndexedMigrations.ROOT + folder))) {
      var onDisk =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".sql"))
              .sorted()
              .toList();
      // Flyway orders by version (V10 after V9); the index only has to name every file once.
      assertThat(IndexedMigrations.readIndex(getClass().getClassLoader(), folder))
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void vendorFolderFollowsTheDatabaseProduct() {
    assertThat(IndexedMigrations.vendorOf("PostgreSQL")).isEqualTo("postgresql");
    assertThat(IndexedMigrations.vendorOf("H2")).isEqualTo("h2");
  }

  @Test
  void migratesAnEmptyH2Database() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations;MODE=LEGACY;DB_CLOSE_DELAY=-1");
    var migrations = new IndexedMigrations(getClass().getClassLoader(), "h2");
    var result = Flyway.configure().dataSource(h2).resourceProvider(migrations).load().migrate();
    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isEqualTo(migrations.size()).isGreaterThan(1);
  }

  @Test
  void postgresqlRefusesOverlappingHoldsOfOnePhotographer() throws Exception {
    String schema = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    var migrations = new IndexedMigrations(getClass().getClassLoader(), "postgresql");
    var result =
        Flyway.configure()
            .dataSource(PG_URL, "postgres", null)
            .schemas(schema)
            .resourceProvider(migrations)
            .load()
            .migrate();
    assertThat(result.migrationsExecuted).isEqualTo(migrations.size());
    try (Connection db = DriverManager.getConnection(PG_URL, "postgres", null);
        Statement sql = db.createStatement()) {
      sql.execute("SET search_path TO " + schema + ", public");
      seedPhotographerWithBookings(sql, "p1", "b1", "b2", "b3");
      sql.execute(hold("h1", "p1", "b1", "10:00", "12:00"));
      sql.execute(hold("h2", "p1", "b2", "12:00", "13:00")); // touching is not overlapping

      assertThatThrownBy(() -> sql.execute(hold("h3", "p1", "b3", "11:59", "12:30")))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("23P01"); // exclusion_violation

      sql.execute("DELETE FROM calendar_hold WHERE id = 'h1'"); // the booking stopped being active
      sql.execute(hold("h3", "p1", "b3", "11:00", "11:30"));
    } finally {
      try (Connection db = DriverManager.getConnection(PG_URL, "postgres", null);
          Statement sql = db.createStatement()) {
        sql.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static void seedPhotographerWithBookings(
      Statement sql, String photographer, String... bookings) throws SQLException {
    sql.execute(
        "INSERT INTO tenant (id, name, default_locale, locales, currency, time_zone, theme,"
            + " commission_bp, storage_plugin, payment_plugin, category_plugins, created_at)"
            + " VALUES ('t', 'T', 'ja', 'ja', 'JPY', 'Asia/Tokyo', 'default', 1000, 's', 'p', '',"
            + " now())");
    for (String user : new String[] {photographer, "c"}) {
      sql.execute(
          "INSERT INTO app_user (id, tenant_id, email, email_verified, password_hash,"
              + " display_name, role, locale, created_at) VALUES ('"
              + user
              + "', 't', '"
              + user
              + "@x', true, 'h', 'n', 'CUSTOMER', 'ja', now())");
    }
    sql.execute(
        "INSERT INTO photographer_profile (id, tenant_id, display_name, bio, prefecture, city,"
            + " languages, created_at) VALUES ('"
            + photographer
            + "', 't', 'n', '', 'KYOTO', '', 'ja', now())");
    sql.execute(
        "INSERT INTO plan (id, tenant_id, photographer_id, category_id, title, duration_minutes,"
            + " price_minor, currency, photo_count, created_at) VALUES ('pl', 't', '"
            + photographer
            + "', 'c', 't', 60, 1000, 'JPY', 10, now())");
    for (String booking : bookings) {
      sql.execute(
          "INSERT INTO booking (id, tenant_id, reference, customer_id, photographer_id, plan_id,"
              + " category_id, starts_at, ends_at, status, price_minor, currency, note,"
              + " created_at, updated_at, version) VALUES ('"
              + booking
              + "', 't', '"
              + booking
              + "', 'c', '"
              + photographer
              + "', 'pl', 'c', now(), now(), 'REQUESTED', 1000, 'JPY', '', now(), now(), 1)");
    }
  }

  private static String hold(
      String id, String photographer, String booking, String from, String to) {
    return "INSERT INTO calendar_hold (id, tenant_id, photographer_id, booking_id, kind,"
        + " starts_at, ends_at) VALUES ('"
        + id
        + "', 't', '"
        + photographer
        + "', '"
        + booking
        + "', 'MAIN', '2030-11-15 "
        + from
        + "+09', '2030-11-15 "
        + to
        + "+09')";
  }
}
