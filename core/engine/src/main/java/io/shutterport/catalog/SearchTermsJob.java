package io.shutterport.catalog;

import io.shutterport.catalog.infrastructure.SearchTerms;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds keyword search's index ({@code search_gram}) of a whole marketplace, {@value
 * SearchTerms#BATCH} photographers per job, each job queueing the next: after the migration that
 * changed how text is indexed (V27), and after data was loaded around the application. Payload: the
 * last photographer id done, empty to start. Idempotent: a batch replaces its photographers' terms.
 */
@ApplicationScoped
public class SearchTermsJob implements JobHandler {
  /** The job's kind. */
  public static final String KIND = "search.terms";

  @Inject SearchTerms terms;
  @Inject JobQueue jobs;
  @Inject TenantContext tenant;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void handle(String payload) {
    String last = terms.rebuildAfter(tenant.require(), payload == null ? "" : payload);
    if (last != null) {
      jobs.enqueue(KIND, last);
    }
  }
}
