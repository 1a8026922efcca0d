package io.shutterport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker node ({@code SHUTTERPORT_NODE_ROLE=worker}) answers every application request with 503
 * and {@code Retry-After}, is ready for its orchestrator, and runs the background jobs alone while
 * the web node is down. It restarts the second node with another role, so the build runs it after
 * every other end-to-end test, with the rolling restart.
 */
class NodeRolesIT {
  @BeforeAll
  static void smtp() {
    Mailbox.server();
  }

  @Test
  void aWorkerNodeAnswersNoRequestsAndRunsTheJobs() throws InterruptedException {
    LibertyServer worker = LibertyServer.NODE_2;
    LibertyServer other = LibertyServer.NODE_1;
    worker.stop();
    String env = worker.setEnv("SHUTTERPORT_NODE_ROLE", "worker");
    boolean otherStopped = false;
    try {
      worker.start(); // waits for /health/ready: a worker is ready for its orchestrator
      var refused = new Api(Env.SAKURA).onPort(worker.port()).get("/api/v1/prefectures");
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.header("Retry-After")).isNotBlank();

      other.stop(); // the worker is now the only node that runs jobs
      otherStopped = true;
      String id = Long.toString(System.nanoTime(), 36);
      String mail = "mail-role-" + id;
      String job = "job-role-" + id;
      Sql.execute(
          "INSERT INTO mail_outbox (id, tenant_id, recipient, subject, body, created_at)"
              + " VALUES (?, 'sakura', ?, 'Worker', 'Sent by the worker', now())",
          mail,
          "worker-" + id + "@example.com");
      Sql.execute(
          "INSERT INTO job (id, tenant_id, kind, status, payload, run_at, attempts, created_at)"
              + " VALUES (?, 'sakura', 'mail.send', 'PENDING', ?, now(), 0, now())",
          job,
          mail);
      Instant until = Instant.now().plus(Duration.ofSeconds(30));
      while (!"DONE".equals(Sql.text("SELECT status FROM job WHERE id = ?", job))
          && Instant.now().isBefore(until)) {
        Thread.sleep(200);
      }
      assertThat(Sql.text("SELECT status FROM job WHERE id = ?", job)).isEqualTo("DONE");
      assertThat(
              Sql.number(
                  "SELECT COUNT(*) FROM mail_outbox WHERE id = ? AND sent_at IS NOT NULL", mail))
          .as("the worker sent the mail")
          .isEqualTo(1);
    } finally {
      if (otherStopped) {
        other.start();
      }
      worker.stop();
      worker.restoreEnv(env);
      worker.start();
    }
  }
}
