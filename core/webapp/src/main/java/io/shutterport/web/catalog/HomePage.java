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
      List<SearchResult> all = catalog.search(SearchForm.of(null, null));
      return List.copyOf(all.subList(0, Math.min(FEATURED, all.size())));
    } catch (ShutterportException e) {
      return List.of(); // the home page stands without them
    }
  }

  /**
   * What the home page shows per marketplace, kept for at most {@link #LIFETIME}: the home page is
   * the busiest page, and ranking the whole marketplace and reading its latest reviews (two
   * transactions) for each visit made it the slowest (measured in docs/benchmarks.md). A review
   * made public drops its marketplace's quotes on every node once it commits, so it shows at once;
   * the ranking may lag by the lifetime.
   */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Showcase {
    static final java.time.Duration LIFETIME = java.time.Duration.ofSeconds(30);
    static final String REVIEWS_CHANGED = "home.reviews";

    @Inject io.shutterport.platform.cluster.ClusterBus bus;

    private final io.shutterport.platform.util.ExpiringCache<String, List<SearchResult>> featured =
        new io.shutterport.platform.util.ExpiringCache<>(LIFETIME);
    private final io.shutterport.platform.util.ExpiringCache<String, List<Quote>> quotes =
        new io.shutterport.platform.util.ExpiringCache<>(LIFETIME);

    @jakarta.annotation.PostConstruct
    void listen() {
      bus.subscribe(REVIEWS_CHANGED, this::forgetQuotes);
    }

    List<SearchResult> featured(
        String tenantId, java.util.function.Supplier<List<SearchResult>> ranking) {
      return featured.get(tenantId, id -> ranking.get());
    }

    List<Quote> quotes(String tenantId, java.util.function.Supplier<List<Quote>> latest) {
      return quotes.get(tenantId, id -> latest.get());
    }

    void onReviewsChanged(
        @jakarta.enterprise.event.Observes(
                during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
            io.shutterport.platform.events.PublicReviewsChanged event) {
      forgetQuotes(event.tenantId()); // here at once, before the bus's round trip
      bus.publish(REVIEWS_CHANGED, event.tenantId());
    }

    private void forgetQuotes(String tenantId) {
      quotes.removeIf((id, list) -> id.equals(tenantId));
    }
  }

  public List<Quote> getReviews() {
    if (quotes == null) {
      quotes = showcase.quotes(tenant.require(), this::latestQuotes);
    }
    return quotes;
  }

  private List<Quote> latestQuotes() {
    List<PublicReview> latest = reviews.latestPublished(REVIEWS);
    java.util.Map<String, String> names =
        profiles.publicNames(latest.stream().map(PublicReview::photographerId).toList());
    List<Quote> found = new ArrayList<>();
    for (PublicReview review : latest) {
      String name = names.get(review.photographerId());
      if (name != null) { // a photographer no longer shown publicly is not quoted either
        found.add(new Quote(review, name));
      }
    }
    return List.copyOf(found);
  }
}
