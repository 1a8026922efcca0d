package io.shutterport.catalog;

import io.shutterport.catalog.infrastructure.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds keyword search's index ({@code search_gram}) of a whole marketplace, {@value
 * SearchTerms#BATCH} photographers per job: after the migration that changed how text is indexed
 * (V27), and after data was loaded around the application.
 */
@ApplicationScoped
public class SearchTermsJob extends RebuildJob {
  /** The job's kind. */
  public static final String KIND = "search.terms";

  @Inject SearchTerms terms;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  protected String rebuildAfter(String tenantId, String afterId) {
    return terms.rebuildAfter(tenantId, afterId);
  }
}
