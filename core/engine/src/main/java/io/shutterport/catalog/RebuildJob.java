package io.shutterport.catalog;

import io.shutterport.platform.events.SearchInputsChanged;
import io.shutterport.platform.jobs.JobHandler;
import io.shutterport.platform.jobs.JobQueue;
import io.shutterport.platform.tenancy.TenantContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * A job that rebuilds part of search's read model for a whole marketplace, one batch of
 * photographers per job, each job queueing the next. Payload: the last photographer id done, empty
 * to start. Idempotent: a batch replaces its photographers' rows.
 */
abstract class RebuildJob implements JobHandler {
  @Inject JobQueue jobs;
  @Inject TenantContext tenant;
  @Inject Event<SearchInputsChanged> changed;

  /**
   * Rebuilds the batch after {@code afterId}.
   *
   * @return the last photographer rebuilt, or null when there were none left
   */
  protected abstract String rebuildAfter(String tenantId, String afterId);

  @Override
  public void handle(String payload) {
    String last = rebuildAfter(tenant.require(), payload == null ? "" : payload);
    if (last != null) {
      jobs.enqueue(kind(), last);
    } else { // rebuilt around the application: what search keeps in memory is read again
      changed.fire(SearchInputsChanged.tenant(tenant.require()));
    }
  }
}
