package io.shutterport.catalog;

import io.shutterport.catalog.infrastructure.FreeDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds search's free days ({@code search_day}) of a whole marketplace, {@value FreeDays#BATCH}
 * photographers per job: after the migration that added them (V26), and after data was loaded
 * around the application (the benchmark's generated tenant).
 */
@ApplicationScoped
public class FreeDaysJob extends RebuildJob {
  /** The job's kind. */
  public static final String KIND = "search.days";

  @Inject FreeDays freeDays;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  protected String rebuildAfter(String tenantId, String afterId) {
    return freeDays.rebuildAfter(tenantId, afterId);
  }
}
