package io.shutterport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Migrations as a rolling deploy meets them (docs/operator/runbook.md, "Upgrading"): several nodes
 * starting at once on an empty PostgreSQL database apply each migration exactly once, and the
 * newest migration only expands the schema, so nodes of the previous release keep working while the
 * new ones start.
 */
class RollingMigrationsTest {
  private static final String PG_URL =
      System.getProperty("shutterport.test.pg", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final int NODES = 4;

  @Test
  void nodesStartingTogetherOnAnEmptyDatabaseApplyEachMigrationOnce() throws Exception {
    String schema = "roll_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    var migrations = new IndexedMigrations(getClass().getClassLoader(), "postgresql");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(NODES);
    try {
      List<Future<MigrateResult>> results = new ArrayList<>();
      for (int i = 0; i < NODES; i++) {
        Callable<MigrateResult> node =
            () -> {
              // Each node has its own Flyway and its own connections, as separate servers do.
              Flyway flyway =
                  Flyway.configure()
                      .dataSource(PG_URL, "postgres", null)
                      .schemas(schema)
                      .resourceProvider(
                          new IndexedMigrations(getClass().getClassLoader(), "postgresql"))
                      .load();
              start.await();
              return flyway.migrate();
            };
        results.add(nodes.submit(node));
      }
      start.countDown();
      int applied = 0;
      for (Future<MigrateResult> result : results) {
        MigrateResult done = result.get(2, TimeUnit.MINUTES);
        assertThat(done.success).isTrue();
        applied += done.migrationsExecuted;
      }
      assertThat(applied).isEqualTo(migrations.size());

      try (Connection db = DriverManager.getConnection(PG_URL, "postgres", null);
          Statement sql = db.createStatement();
          ResultSet rows =
              sql.executeQuery(
                  "SELECT count(*), count(DISTINCT version), bool_and(success) FROM "
                      + schema
                      + ".flyway_schema_history WHERE version IS NOT NULL")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(migrations.size());
        assertThat(rows.getInt(2)).isEqualTo(migrations.size());
        assertThat(rows.getBoolean(3)).isTrue();
      }
    } finally {
      nodes.shutdownNow();
      try (Connection db = DriverManager.getConnection(PG_URL, "postgres", null);
          Statement sql = db.createStatement()) {
        sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"common", "postgresql"})
  void theNewestMigrationOnlyExpandsTheSchema(String folder) throws IOException {
    Path newest = newestMigration(Path.of("src/main/resources/" + IndexedMigrations.ROOT + folder));
    assertThat(contractions(Files.readString(newest)))
        .as(
            "%s must keep the previous release working (expand now, contract in a later release)",
            newest.getFileName())
        .isEmpty();
  }

  @Test
  void theRuleFindsWhatWouldBreakTheRunningRelease() {
    assertThat(contractions("ALTER TABLE plan DROP COLUMN selection_limit;")).hasSize(1);
    assertThat(contractions("DROP TABLE tenant_copy;")).hasSize(1);
    assertThat(contractions("ALTER TABLE plan RENAME COLUMN title TO name;")).hasSize(1);
    assertThat(contractions("ALTER TABLE plan ALTER COLUMN title TYPE TEXT;")).hasSize(1);
    assertThat(contractions("ALTER TABLE plan ALTER COLUMN title SET NOT NULL;")).hasSize(1);
    assertThat(contractions("ALTER TABLE plan ADD COLUMN code VARCHAR(8) NOT NULL;")).hasSize(1);
    assertThat(contractions("ALTER TABLE plan ADD COLUMN code VARCHAR(8) NOT NULL DEFAULT 'x';"))
        .isEmpty();
    assertThat(contractions("ALTER TABLE plan ADD COLUMN code VARCHAR(8) DEFAULT 'x' NOT NULL;"))
        .isEmpty();
    assertThat(contractions("-- we dropped the idea of DROP TABLE here\nCREATE TABLE t (a INT);"))
        .isEmpty();
  }

  private static final List<Pattern> CONTRACTING =
      Stream.of(
              "\\bDROP\\s+(TABLE|COLUMN|VIEW)\\b",
              "\\bRENAME\\b",
              "\\bALTER\\s+COLUMN\\s+\\S+\\s+(SET\\s+DATA\\s+)?TYPE\\b",
              "\\bSET\\s+NOT\\s+NULL\\b",
              "\\bADD\\s+COLUMN\\b(?![^;]*\\bDEFAULT\\b)[^;]*\\bNOT\\s+NULL\\b")
          .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
          .toList();

  /** The statements of a script that the previous release's code could trip over. */
  static List<String> contractions(String script) {
    String code = script.replaceAll("--[^\\n]*", "").replaceAll("(?s)/\\*.*?\\*/", "");
    List<String> found = new ArrayList<>();
    for (String statement : code.split(";")) {
      for (Pattern pattern : CONTRACTING) {
        Matcher matcher = pattern.matcher(statement);
        if (matcher.find()) {
          found.add(statement.strip());
          break;
        }
      }
    }
    return found;
  }

  private static Path newestMigration(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".sql"))
          .max(Comparator.comparing(RollingMigrationsTest::version, Arrays::compare))
          .orElseThrow();
    }
  }

  /** V8_1__x.sql → [8, 1], compared part by part as Flyway does. */
  private static int[] version(Path file) {
    String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
    String digits = name.substring(1, name.indexOf("__"));
    return Stream.of(digits.split("[._]")).mapToInt(Integer::parseInt).toArray();
  }
}
