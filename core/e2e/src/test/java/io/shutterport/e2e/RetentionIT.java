package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Finished work does not pile up (production nodes, pruning every 2 s here, after 30 days): done
 * jobs and sent mails older than the retention go; dead jobs (the operator's to look at), unsent
 * mails and anything newer stay.
 */
class RetentionIT {
  private static final String OLD = "now() - interval '31 days'";
  private static final String RECENT = "now() - interval '29 days'";

  @Test
  void finishedJobsAndSentMailsGoOnceOlderThanTheRetention() throws InterruptedException {
    String id = Long.toString(System.nanoTime(), 36);
    job("done-old-" + id, "DONE", OLD);
    job("done-recent-" + id, "DONE", RECENT);
    job("dead-old-" + id, "DEAD", OLD);
    mail("sent-old-" + id, OLD);
    mail("sent-recent-" + id, RECENT);
    mail("unsent-old-" + id, null);

    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while ((exists("job", "done-old-" + id) || exists("mail_outbox", "sent-old-" + id))
        && Instant.now().isBefore(until)) {
      Thread.sleep(200); // a node prunes every 2 s
    }
    assertThat(exists("job", "done-old-" + id)).as("a done job past the retention").isFalse();
    assertThat(exists("mail_outbox", "sent-old-" + id)).as("a sent mail past it").isFalse();
    assertThat(exists("job", "done-recent-" + id)).isTrue();
    assertThat(exists("job", "dead-old-" + id)).as("dead jobs stay for the operator").isTrue();
    assertThat(exists("mail_outbox", "sent-recent-" + id)).isTrue();
    assertThat(exists("mail_outbox", "unsent-old-" + id)).as("unsent mails stay").isTrue();

    Sql.execute("DELETE FROM job WHERE id LIKE ?", "%-" + id);
    Sql.execute("DELETE FROM mail_outbox WHERE id LIKE ?", "%-" + id);
  }

  private static void job(String id, String status, String doneAt) {
    Sql.execute(
        "INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts, done_at,"
            + " created_at) VALUES (?, 'sakura', 'retention.test', ?, '', "
            + doneAt
            + ", 1, "
            + doneAt
            + ", "
            + doneAt
            + ")",
        id,
        status);
  }

  private static void mail(String id, String sentAt) {
    Sql.execute(
        "INSERT INTO mail_outbox (id, tenant_id, recipient, subject, body, created_at, sent_at)"
            + " VALUES (?, 'sakura', 'someone@example.com', 'retention', 'retention', "
            + OLD
            + ", "
            + (sentAt == null ? "NULL" : sentAt)
            + ")",
        id);
  }

  private static boolean exists(String table, String id) {
    return Sql.number("SELECT COUNT(*) FROM " + table + " WHERE id = ?", id) == 1;
  }
}
