package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An unexpected failure — a request that fails for a reason no rule foresaw, a page that fails, a
 * background job given up on — is logged as an incident, and its id reaches whoever meets it: the
 * API's problem document, the error page, the operator's failed-jobs tab. The failure is planted
 * with a PostgreSQL trigger that raises on one marked value, so nothing else is disturbed.
 */
class IncidentsIT {
  private static final Path SERVERS = Path.of("target", "liberty", "wlp", "usr", "servers");

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void aRequestThatFailsUnexpectedlyAnswers500WithTheIncidentItWasLoggedUnder() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    String marker = "explode-" + Long.toString(System.nanoTime(), 36);
    try (Planted planted = Planted.onUpdate("photographer_profile", "bio", marker)) {
      var failed =
          photographer
              .api()
              .withLanguage("ja")
              .put(
                  "/api/v1/me/profile",
                  Api.obj(
                      Map.of(
                          "displayName", "撮影者",
                          "bio", marker,
                          "prefecture", "kyoto",
                          "city", "京都市",
                          "languages", "ja")));
      assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
      assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
      String incident = failed.json().getString("incident");
      assertThat(incident).matches("[0-9a-f]{12}");
      assertThat(failed.json().getString("detail")).contains(incident).contains("インシデント");
      assertThat(failed.text()).as("no stack trace").doesNotContain("Exception");
      assertThat(awaitLogged("Incident " + incident + ": request failed")).isTrue();
      assertThat(photographer.api().get("/api/v1/me/profile").text())
          .as("nothing partial")
          .doesNotContain(marker);
    }
  }

  @Test
  void aPageThatFailsShowsTheIncidentItWasLoggedUnder() {
    var photographer = Accounts.photographer(Env.SAKURA, "shichigosan", 30000, 60);
    String email = photographer.api().get("/api/v1/auth/me").json().getString("email");
    String marker = "explode-" + Long.toString(System.nanoTime(), 36);
    Browser browser = browsers.phone(Env.SAKURA);
    browser.login(email, Env.PASSWORD);
    browser.open("/lang?to=ja&next=/studio/profile");
    try (Planted planted = Planted.onUpdate("photographer_profile", "bio", marker)) {
      browser.type("#form\\:bio", marker);
      browser.submit("#form\\:save");
      browser.waitVisible("#error-incident");
      String shown = browser.text("#error-incident");
      String incident = shown.replaceAll("(?s).*?([0-9a-f]{12}).*", "$1");
      assertThat(incident).matches("[0-9a-f]{12}");
      assertThat(shown).contains("インシデント番号");
      assertThat(awaitLogged("Incident " + incident + ": page")).isTrue();
      browser.screenshot("error-incident-phone-ja");
      new Api(Env.SAKURA).get("/favicon.ico");
      assertThat(awaitLogged("page /favicon.ico failed"))
          .as("a file not found is not an incident")
          .isFalse();
    }
  }

  @Test
  void aJobGivenUpOnIsAnIncidentTheOperatorSees() throws InterruptedException {
    String job = "job-incident-" + Long.toString(System.nanoTime(), 36);
    // Its last attempt: a kind no node has a handler for fails on every node.
    Sql.execute(
        "INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts, created_at)"
            + " VALUES (?, 'sakura', 'no.such.kind', 'PENDING', '', now(), 9, now())",
        job);
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (!"DEAD".equals(Sql.text("SELECT status FROM job WHERE id = ?", job))
        && Instant.now().isBefore(until)) {
      Thread.sleep(200);
    }
    String incident = Sql.text("SELECT incident FROM job WHERE id = ?", job);
    assertThat(incident).matches("[0-9a-f]{12}");
    assertThat(awaitLogged("Incident " + incident + ": job " + job + " (no.such.kind"))
        .as("logged by the node that gave up")
        .isTrue();
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    assertThat(operator.get("/api/v1/operator/jobs/dead?kind=no.such").text())
        .contains("\"incident\":\"" + incident + "\"");
  }

  /** Whether a line appears in either production node's log within 10 s. */
  private static boolean awaitLogged(String text) {
    Instant until = Instant.now().plus(Duration.ofSeconds(10));
    do {
      for (String server : new String[] {"shutterport-it", "shutterport-it-node2"}) {
        Path log = SERVERS.resolve(server).resolve("logs").resolve("messages.log");
        if (Files.exists(log) && read(log).contains(text)) {
          return true;
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    } while (Instant.now().isBefore(until));
    return false;
  }

  /** The log as text (a malformed byte becomes a replacement character, never an error). */
  private static String read(Path log) {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A trigger that makes PostgreSQL refuse one marked update, dropped when closed. */
  record Planted(String name, String table) implements AutoCloseable {
    static Planted onUpdate(String table, String column, String value) {
      String name = "sp_planted_" + Long.toString(System.nanoTime(), 36);
      Sql.execute(
          "CREATE OR REPLACE FUNCTION sp_planted_failure() RETURNS trigger AS $$"
              + " BEGIN RAISE EXCEPTION 'planted failure'; END $$ LANGUAGE plpgsql");
      Sql.execute(
          "CREATE TRIGGER "
              + name
              + " BEFORE UPDATE ON "
              + table
              + " FOR EACH ROW WHEN (NEW."
              + column
              + " = '"
              + value.replace("'", "''")
              + "') EXECUTE FUNCTION sp_planted_failure()");
      return new Planted(name, table);
    }

    @Override
    public void close() {
      Sql.execute("DROP TRIGGER IF EXISTS " + name + " ON " + table);
    }
  }
}
