package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An operator finds the marketplace's failed background jobs in the records and runs one again once
 * its cause is fixed: a mail given up on is sent on the retry. Another marketplace's operator
 * cannot see or retry it, and a job that is not failed is a 409.
 */
class DeadJobsIT {
  @RegisterExtension final Browsers browsers = new Browsers();

  @org.junit.jupiter.api.BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void anOperatorRunsAFailedMailAgainAndItIsSent() throws InterruptedException {
    String id = Long.toString(System.nanoTime(), 36);
    String mail = "mail-" + id;
    String job = "job-" + id;
    Sql.execute(
        "INSERT INTO mail_outbox (id, tenant_id, recipient, subject, body, created_at)"
            + " VALUES (?, 'sakura', ?, 'Retry', 'Sent on the retry', now())",
        mail,
        "retry-" + id + "@example.com");
    Sql.execute(
        "INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts, done_at,"
            + " last_error, created_at) VALUES (?, 'sakura', 'mail.send', 'DEAD', ?, now(), 10,"
            + " now(), ?, now())",
        job,
        mail,
        "jakarta.mail.MessagingException: refused " + id);

    Api paws = Accounts.demo(Env.PAWS, "operator@paws.example");
    assertThat(
            paws.post("/api/v1/operator/jobs/" + job + "/retry", Api.obj(java.util.Map.of()))
                .status())
        .as("another marketplace's job is not found")
        .isEqualTo(404);
    Api operator = Accounts.demo(Env.SAKURA, "operator@sakura.example");
    var listed = operator.get("/api/v1/operator/jobs/dead?kind=mail");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.text()).contains(job).contains("refused " + id);
    assertThat(paws.get("/api/v1/operator/jobs/dead").text()).doesNotContain(job);

    Browser browser = browsers.phone(Env.SAKURA);
    browser.login("operator@sakura.example", Env.DEMO_PASSWORD);
    browser.open("/lang?to=ja&next=/operator/records");
    browser.click("a[href$='jobs-tab']");
    String jobs = "#records\\:tabs\\:jobs";
    browser.waitVisible(jobs + "\\:error\\:filter");
    browser.type(jobs + "\\:error\\:filter", id);
    OperatorRecordsIT.waitForRows(browser, jobs, 1);
    assertThat(browser.text(jobs + " tbody tr")).contains("mail.send").contains("10");
    assertThat(browser.accessibilityProblems()).isEmpty();
    assertThat(browser.overflowing()).isEmpty();
    browser.screenshot("operator-failed-jobs-phone-ja");
    browser.click(jobs + " tbody tr:first-child .sp-retry");
    browser.waitVisible("#messages .sp-message-info");
    assertThat(browser.text("#messages")).contains("まもなく再実行");

    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (!"DONE".equals(Sql.text("SELECT status FROM job WHERE id = ?", job))
        && Instant.now().isBefore(until)) {
      Thread.sleep(200); // the next poll takes it
    }
    assertThat(Sql.text("SELECT status FROM job WHERE id = ?", job)).isEqualTo("DONE");
    assertThat(
            Sql.number(
                "SELECT COUNT(*) FROM mail_outbox WHERE id = ? AND sent_at IS NOT NULL", mail))
        .as("the mail went out on the retry")
        .isEqualTo(1);
    assertThat(
            Sql.number(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'job.retry' AND target = ?", job))
        .isEqualTo(1);
    var again =
        operator.post("/api/v1/operator/jobs/" + job + "/retry", Api.obj(java.util.Map.of()));
    assertThat(again.status()).as("a job that is not failed").isEqualTo(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Accounts.customer(Profile.PRODUCTION).get("/api/v1/operator/jobs/dead").status())
        .isEqualTo(403);
  }
}
