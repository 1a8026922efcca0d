package io.shutterport.web.catalog;

import io.shutterport.catalog.CatalogService;
import io.shutterport.matching.SearchForm;
import io.shutterport.matching.SearchResult;
import io.shutterport.platform.error.ShutterportException;
import io.shutterport.review.PublicReview;
import io.shutterport.review.ReviewService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The marketplace's home page: the best-ranked photographers (search's own ranking, with no filter)
 * and the latest published reviews, besides the categories and the search box.
 */
@Named("homePage")
@RequestScoped
public class HomePage {
  static final int FEATURED = 6;
  static final int REVIEWS = 3;

  @Inject CatalogFacade catalog;
  @Inject CatalogService profiles;
  @Inject ReviewService reviews;
  @Inject Showcase showcase;
  @Inject io.shutterport.platform.tenancy.TenantContext tenant;

  private List<SearchResult> featured;
  private List<Quote> quotes;

  /**
   * A review with the name of the photographer it is about.
   *
   * @param review the review
   * @param photographerName their public name
   */
  public record Quote(PublicReview review, String photographerName) {}

  public List<SearchResult> getFeatured() {
    if (featured == null) {
      featured = showcase.featured(tenant.require(), this::rank);
    }
    return featured;
  }

  private List<SearchResult> rank() {
    try {
      List<SearchResult> all =
          catalog.search(
              new SearchForm(
                  null, null, null, null, null, null, null, null, null, null, null, null, null));
      return List.copyOf(all.subList(0, Math.min(FEATURED, all.size())));
    } catch (ShutterportException e) {
      return List.of(); // the home page stands without them
    }
  }

  /**
   * The featured photographers per marketplace, ranked at most once per {@link #LIFETIME}: the home
   * page is the busiest page, and ranking the whole marketplace for each visit made it the slowest
   * (measured in docs/benchmarks.md).
   */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Showcase {
    static final java.time.Duration LIFETIME = java.time.Duration.ofSeconds(30);
    private final io.shutterport.platform.util.ExpiringCache<String, List<SearchResult>> cache =
        new io.shutterport.platform.util.ExpiringCache<>(LIFETIME);

    List<SearchResult> featured(
        String tenantId, java.util.function.Supplier<List<SearchResult>> ranking) {
      return cache.get(tenantId, id -> ranking.get());
    }
  }

  public List<Quote> getReviews() {
    if (quotes == null) {
      List<PublicReview> latest = reviews.latestPublished(REVIEWS);
      java.util.Map<String, String> names =
          profiles.publicNames(latest.stream().map(PublicReview::photographerId).toList());
      quotes = new ArrayList<>();
      for (PublicReview review : latest) {
        String name = names.get(review.photographerId());
        if (name != null) { // a photographer no longer shown publicly is not quoted either
          quotes.add(new Quote(review, name));
        }
      }
    }
    return quotes;
  }
}
