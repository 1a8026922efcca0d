package io.shutterport.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A failed job comes back later and later, then gives up; a done job stays done. */
class JobTest {
  private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void retriesWithExponentialBackoffThenGivesUp() {
    Job job = new Job("sakura", null, "mail.send", "id-1", now);
    job.failed(now, "SMTP down");
    assertThat(job.status()).isEqualTo("PENDING");
    assertThat(job.attempts()).isEqualTo(1);
    assertThat(job.runAt()).isEqualTo(now.plusSeconds(2));
    job.failed(now, "SMTP down");
    assertThat(job.runAt()).isEqualTo(now.plusSeconds(4));
    for (int i = 3; i < Job.MAX_ATTEMPTS; i++) {
      job.failed(now, "SMTP down");
    }
    assertThat(job.runAt()).isBefore(now.plusSeconds(301));
    assertThat(job.status()).isEqualTo("PENDING");
    job.failed(now, "SMTP down");
    assertThat(job.status()).isEqualTo("DEAD");
  }

  @Test
  void longErrorsAreClippedAndSuccessIsFinal() {
    Job job = new Job("sakura", null, "gallery.thumbnail", "p-1", now);
    job.failed(now, "x".repeat(5000));
    assertThat(job.lastError()).hasSize(1000);
    job.succeeded(now);
    assertThat(job.status()).isEqualTo("DONE");
  }
}
