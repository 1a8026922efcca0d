package io.shutterport.catalog;

import io.shutterport.catalog.infrastructure.FreeDays;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds search's free days ({@code search_day}) of a whole marketplace, {@value FreeDays#BATCH}
 * photographers per job, each job queueing the next: after the migration that added them (V26), and
 * after data was loaded around the application (the benchmark's generated tenant). Payload: the
 * last photographer id done, empty to start. Idempotent: a batch replaces its photographers' rows.
 */
@ApplicationScoped
public class FreeDaysJob implements JobHandler {
  /** The job's kind. */
  public static final String KIND = "search.days";

  @Inject FreeDays freeDays;
  @Inject JobQueue jobs;
  @Inject TenantContext tenant;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void handle(String payload) {
    String last = freeDays.rebuildAfter(tenant.require(), payload == null ? "" : payload);
    if (last != null) {
      jobs.enqueue(KIND, last);
    }
  }
}
